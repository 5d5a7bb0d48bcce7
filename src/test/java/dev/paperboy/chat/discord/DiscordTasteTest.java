package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordPayloads.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a channel with the learned ranker and papers on two topics WHEN a member reacts 👍 to the robotics papers
 * of a digest and 👎 to the rest, as gateway events THEN the next {@code /papers digest} is mostly robotics.
 */
class DiscordTasteTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] ROBOT = {"robot arm grasping", "legged locomotion controller", "mobile manipulation",
        "sim-to-real transfer for robot policies", "visual servoing of a manipulator", "dexterous in-hand manipulation",
        "quadruped robot navigation", "robot motion planning in clutter", "tactile sensing for grasp stability",
        "imitation learning from teleoperated robot demonstrations"};
    private static final String[] TRANSLATION = {"machine translation of low-resource languages", "multilingual translation",
        "document-level translation", "speech translation", "translation quality estimation", "neural machine translation decoding",
        "terminology-constrained translation", "translation of idioms", "back-translation for data augmentation",
        "simultaneous interpretation"};

    @Test
    void membersReactionsOnADigestChangeTheNextDigest() throws Exception {
        try (LocalDiscord discord = new LocalDiscord();
             JdaRig bot = JdaRig.start(discord, LocalDiscord.TOKEN, "ranking.mode=learned", "embed.enabled=true", "ranking.exploration=0")) {
            bot.app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers(), Map.of(), Optional.empty(), List.of()));

            List<String> first = digest(discord, 6);
            assertThat(first).hasSize(6);
            int reactions = 0;
            for (ObjectNode paper : discord.embeds()) {
                discord.react(MEMBER, paper.path("id").asLong(), LocalDiscord.paperId(paper).startsWith("2507.1") ? "👍" : "👎");
                reactions++;
            }
            int expected = reactions;
            assertThat(discord.await(() -> bot.app.feedback().opinions(bot.stored().id()).size() == expected, WAIT))
                    .as("every reaction recorded").isTrue();
            if (first.stream().noneMatch(id -> id.startsWith("2507.1"))) {
                var seed = discord.command(MEMBER, false, "seed", Map.of("papers", "2507.10000"));
                assertThat(discord.await(() -> seed.text() != null, WAIT)).isTrue();
            }

            List<String> second = digest(discord, 6);

            assertThat(second).doesNotContainAnyElementsOf(first);
            assertThat(second.stream().filter(id -> id.startsWith("2507.1")).count()).as("robotics in %s", second).isGreaterThanOrEqualTo(5);
            assertThat(discord.violations).isEmpty();
        }
    }

    /** {@code /papers digest size:n}; the ids of the papers it posted. */
    private static List<String> digest(LocalDiscord discord, int size) throws InterruptedException {
        int before = discord.embeds().size();
        var digest = discord.command(MEMBER, false, "digest", Map.of("size", size));
        assertThat(discord.await(() -> digest.text() != null, WAIT)).isTrue();
        assertThat(digest.text()).startsWith("Posted " + size);
        return discord.embeds().stream().skip(before).map(LocalDiscord::paperId).toList();
    }

    private static List<Paper> papers() {
        List<Paper> papers = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            papers.add(paper("2507.1" + String.format("%04d", i), ROBOT[i % ROBOT.length], "robot", random));
            papers.add(paper("2507.2" + String.format("%04d", i), TRANSLATION[i % TRANSLATION.length], "translation", random));
        }
        return papers;
    }

    private static Paper paper(String id, String topic, String kind, Random random) {
        String[] verbs = {"We study", "We propose a method for", "This paper revisits", "We present a benchmark for"};
        String title = topic.substring(0, 1).toUpperCase() + topic.substring(1) + " " + (random.nextInt(900) + 100);
        String body = verbs[random.nextInt(verbs.length)] + " " + topic + ". Experiments on " + kind
                + " tasks show gains of " + random.nextInt(30) + " points over strong baselines.";
        return new Paper(id, title, body, List.of("A. Author"), List.of(kind.equals("robot") ? "cs.RO" : "cs.CL"),
                JdaRig.NOW.minusSeconds(3600L * random.nextInt(48)), 0, 1, "test");
    }
}
