package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Channel;
import dev.paperboy.eval.Bot;
import dev.paperboy.eval.ServicesBot;
import dev.paperboy.feedback.Opinion;
import dev.paperboy.paper.Paper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluations reach the bot only as a chat adapter does: through /papers commands and reactions on posted messages. */
class EvalCommandPathTest {

    private static final Instant T0 = Instant.parse("2025-03-10T20:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void givenTheEvaluationsBot_whenItSeedsDigestsAndReacts_thenTheCommandsAndReactionsDecideWhatTheChannelKeeps() throws Exception {
        Config config = HarnessWiring.inMemory(Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of("embed.enabled=false", "ranking.mode=tags-only")));
        HarnessWiring.run(config, Optional.of(T0), h -> {
            ServicesBot bot = new ServicesBot(h, List.of("tags-only"));
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                papers.add(new Paper("p" + i, "Robot grasping study " + i, "We study grasping with robot arms, variant " + i + ".",
                        List.of("A. Author"), List.of(), T0.minusSeconds(3600), 0, 0, "eval"));
            }
            bot.ingest(papers, T0);
            bot.createChannel("c", "tags-only", Set.of(), T0.plusSeconds(60));
            Channel channel = h.channels().find(ServicesBot.ref("c")).orElseThrow();
            assertThat(channel.settings().schedule().enabled()).as("/papers schedule off ran").isFalse();

            assertThat(bot.seed("c", List.of("no-such-paper"), T0.plusSeconds(120))).singleElement().asString().contains("no-such-paper");
            assertThat(bot.seed("c", List.of("p0"), T0.plusSeconds(120))).isEmpty();
            assertThat(h.feedback().seeds(channel.id())).containsExactly("p0");

            List<Bot.Delivered> posted = bot.digest("c", 3, T0.plusSeconds(180));
            assertThat(posted).hasSize(3).extracting(Bot.Delivered::paperId).doesNotContain("p0").doesNotHaveDuplicates();
            assertThat(h.feedback().opinions(channel.id())).doesNotContainKey(posted.get(0).paperId());

            bot.react("c", "member0", posted.get(0).messageId(), "+1", T0.plusSeconds(240));
            bot.react("c", "member1", posted.get(1).messageId(), "-1", T0.plusSeconds(240));
            bot.react("c", "member1", "not-a-paper-message", "+1", T0.plusSeconds(240));
            Map<String, Opinion> opinions = h.feedback().opinions(channel.id());
            assertThat(opinions.get(posted.get(0).paperId()).liked()).isTrue();
            assertThat(opinions.get(posted.get(1).paperId()).negative()).isEqualTo(1);
            assertThat(opinions).doesNotContainKey(posted.get(2).paperId());

            List<String> next = bot.digest("c", 5, T0.plusSeconds(300)).stream().map(Bot.Delivered::paperId).toList();
            assertThat(next).hasSize(4).doesNotContainAnyElementsOf(posted.stream().map(Bot.Delivered::paperId).toList());
            return 0;
        });
    }

    @Test
    void givenAFewListingDays_whenEvalFeedbackRunsTheDesignProtocol_thenItReportsEveryModeAndTheCurve() throws Exception {
        Path data = tmp.resolve("listings.jsonl");
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            LocalDate day = LocalDate.parse("2025-03-03").plusDays(d);
            for (int i = 0; i < 50; i++) {
                String category = i < 2 ? "\"cs.RO\"" : i < 4 ? "\"cs.GR\",\"cs.HC\"" : i % 2 == 0 ? "\"cs.CV\"" : "\"cs.CL\"";
                lines.add("{\"id\":\"25" + d + "." + (1000 + i) + "\",\"title\":\"Paper " + d + " " + i + "\",\"abstract\":\"Abstract "
                        + category.replace("\"", "") + " number " + i + ".\",\"authors\":[\"A\"],\"categories\":[" + category
                        + "],\"listing_date\":\"" + day + "\"}");
            }
        }
        Files.write(data, lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("eval", "feedback", "--data", data.toString(), "--start-day", "5", "--days", "3", "--scored-from", "1",
                    "--modes", "tags-only,random", "--set", "embed.enabled=false", "--set", "ranking.mode=tags-only");
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(0);
        assertThat(report).contains("--protocol design").contains("Interests: ").contains("cs.RO").contains("refused by `/papers seed`: 0")
                .contains("| tags-only |").contains("| random |").contains("| 3 |");
    }
}
