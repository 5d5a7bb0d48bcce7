package dev.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.PaperCard;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exploration reaches the channel: a digest asks the planner for spares beside its papers, and the wildcards are
 * among the papers, not among the spares (they once were, so no wildcard was ever posted).
 */
class ExplorationTest {

    private static final Instant NOW = Instant.parse("2025-07-10T09:00:00Z");

    private Wiring app;
    private final Map<String, PaperCard> posted = new LinkedHashMap<>();

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private Wiring.ChatServices open(double exploration) throws Exception {
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(),
                List.of("db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "ranking.exploration=" + exploration));
        app = Wiring.open(config, Clock.fixed(NOW, ZoneOffset.UTC));
        ChatGateway gateway = (channel, message) -> {
            String id = "m" + (1000 + posted.size());
            posted.put(id, message.paper().orElse(null));
            return id;
        };
        Wiring.ChatServices chat = app.chat(gateway, Optional.empty());
        List<Paper> papers = new ArrayList<>();
        String[] robot = {"Robot arm grasping of transparent objects", "Legged locomotion over rough terrain",
            "Mobile manipulation in kitchens", "Visual servoing for drones", "Tactile sensing with gel skins",
            "Sim-to-real transfer of dexterous hands", "Swarm coordination of aerial robots", "Underwater vehicle docking",
            "Motion planning for surgical robots", "Exoskeleton gait assistance", "Soft robot actuators from silicone",
            "Autonomous tractor path following", "Humanoid balance under pushes", "Warehouse picking with suction cups",
            "Cable-driven parallel robots", "Robot learning from video demonstrations", "Multi-robot task allocation",
            "Collision avoidance for manipulators near people", "Wheel odometry calibration", "Robotic assembly of furniture"};
        String[] text = {"Machine translation of Swahili", "Speech recognition for call centres", "Summarization of court rulings",
            "Question answering over tables", "Dependency parsing of Old English", "Sarcasm detection on forums",
            "Named entities in clinical notes", "Poetry generation with rhyme", "Spelling correction for learners",
            "Coreference in long novels", "Sign language glossing", "Hate speech in code-mixed posts",
            "Readability of patient leaflets", "Dialogue state tracking for booking", "Keyphrase extraction from patents",
            "Morphological inflection of Finnish", "Fact checking of news claims", "Lexical simplification for children",
            "Author attribution of letters", "Stance detection in parliament debates"};
        for (int i = 0; i < 40; i++) {
            boolean isRobot = i % 2 == 0;
            String topic = isRobot ? robot[i / 2] : text[i / 2];
            papers.add(new Paper("2507.1" + String.format("%04d", i), topic,
                    "We study " + topic.toLowerCase() + " and report gains of " + i + " points over strong baselines.", List.of("A. Author"),
                    List.of(isRobot ? "cs.RO" : "cs.CL"), NOW.minusSeconds(3600L * (i % 40)), 0, 1, "test"));
        }
        app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, papers, Map.of(), Optional.empty(), List.of()));
        return chat;
    }

    private List<PaperCard> digest(Wiring.ChatServices chat, ChannelRef ref, int n) {
        int before = posted.size();
        Channel channel = app.channels().find(ref).orElseThrow();
        chat.digests().post(channel, n, NOW);
        return posted.values().stream().skip(before).filter(java.util.Objects::nonNull).toList();
    }

    private void react(Wiring.ChatServices chat, ChannelRef ref) {
        posted.forEach((message, card) -> {
            if (card != null) {
                boolean isRobot = Integer.parseInt(card.id().substring(card.id().length() - 2)) % 2 == 0;
                chat.reactions().react(ref, "u1", message, isRobot ? "+1" : "-1", false);
            }
        });
    }

    @Test
    void givenAChannelWithTaste_whenADigestIsPosted_thenItsShareOfWildcardsIsAmongThePostedPapers() throws Exception {
        Wiring.ChatServices chat = open(0.2);
        ChannelRef ref = new ChannelRef("console", "local", "explore");
        app.channels().getOrCreate(ref, app.channelDefaults(), NOW);
        assertThat(digest(chat, ref, 5)).hasSize(5);
        react(chat, ref);

        List<PaperCard> second = digest(chat, ref, 5);

        assertThat(second).hasSize(5);
        // 0.2 of 5 papers is exactly one wildcard, posted with the reason that says so.
        assertThat(second).filteredOn(card -> card.why().contains("wildcard")).hasSize(1);
    }

    @Test
    void givenNoExploration_whenADigestIsPosted_thenNoPaperIsAWildcard() throws Exception {
        Wiring.ChatServices chat = open(0);
        ChannelRef ref = new ChannelRef("console", "local", "exploit");
        app.channels().getOrCreate(ref, app.channelDefaults(), NOW);
        digest(chat, ref, 5);
        react(chat, ref);

        assertThat(digest(chat, ref, 5)).hasSize(5).noneMatch(card -> card.why().contains("wildcard"));
    }
}
