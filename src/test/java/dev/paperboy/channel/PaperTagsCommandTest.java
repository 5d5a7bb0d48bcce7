package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.app.Config;
import dev.paperboy.app.Wiring;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFormat;
import dev.paperboy.tag.TagScore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /papers tag}: anyone sees a paper's tags; a curator corrects them, and the correction sticks. */
class PaperTagsCommandTest {

    private static final String ID = "2507.02092";
    private final ChannelRef ref = new ChannelRef("console", "local", "c1");
    private final Caller curator = new Caller("u1", false, true);
    private final Caller manager = new Caller("u3", true, false);
    private final Caller member = new Caller("u2", false);

    @Test
    void parsesAdditionsRemovalsAndReset() throws Exception {
        CommandParser parser = new CommandParser();
        assertThat(parser.parse("/papers tag 2507.02092 +rl -Diffusion #reasoning"))
                .isEqualTo(new PapersCommand.TagPaper(ID, List.of("rl", "#reasoning"), List.of("Diffusion"), false));
        assertThat(parser.parse("tag 2507.02092")).isEqualTo(new PapersCommand.TagPaper(ID, List.of(), List.of(), false));
        assertThat(parser.parse("tag 2507.02092 reset")).isEqualTo(new PapersCommand.TagPaper(ID, List.of(), List.of(), true));
        assertThatThrownBy(() -> parser.parse("/papers tag")).hasMessageContaining("Which paper?");
        assertThatThrownBy(() -> parser.parse("tag 2507.02092 + rl")).hasMessageContaining("right after");
    }

    @Test
    void givenATaggedPaper_whenACuratorCorrectsIt_thenItsTagsChangeAndOnlyCuratorsMayDoIt() throws Exception {
        try (Wiring app = open()) {
            CommandHandler commands = app.chat((c, m) -> "t1", Optional.empty()).commands();
            app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, List.of(new Paper(ID, "Diffusion policies for robot manipulation",
                    "We train diffusion models as robot policies for manipulation with reinforcement learning fine-tuning.",
                    List.of(), List.of("cs.RO"), Instant.parse("2025-07-04T00:00:00Z"), 0, 1, "test")), Map.of(), Optional.empty(), List.of()));

            assertThat(commands.handle(ref, member, "/papers tag " + ID).text()).contains("#robotics").contains("by the tagger");
            Reply refused = commands.handle(ref, member, "/papers tag " + ID + " -diffusion");
            assertThat(refused.isError()).isTrue();
            assertThat(refused.text()).contains("Only curators");
            assertThat(commands.handle(ref, manager, "/papers tag " + ID + " reset").text())
                    .as("managing one channel is not curating papers for all").contains("Only curators");

            Reply corrected = commands.handle(ref, curator, "/papers tag " + ID + " -diffusion +embodied");
            assertThat(corrected.isError()).isFalse();
            assertThat(corrected.text()).contains("#robotics").contains("#embodied").doesNotContain("#diffusion");
            assertThat(app.tags().effectiveTags(List.of(ID)).get(ID)).extracting(TagScore::tag).contains("robotics", "embodied")
                    .doesNotContain("diffusion");
            assertThat(app.tags().humanTagged()).containsKey("embodied");

            Reply unknown = commands.handle(ref, curator, "/papers tag " + ID + " +difusion");
            assertThat(unknown.isError()).isTrue();
            assertThat(unknown.text()).contains("#diffusion").contains("Nothing changed");

            assertThat(commands.handle(ref, curator, "/papers tag " + ID + " reset").text()).contains("by the tagger");
            assertThat(app.tags().effectiveTags(List.of(ID)).get(ID)).extracting(TagScore::tag).contains("diffusion");
            assertThat(commands.handle(ref, curator, "/papers tag 2501.99999 +rl").text()).contains("haven't read");
        }
    }

    @Test
    void givenACorrectionWouldLeaveNoTag_whenSent_thenItIsRefused() throws Exception {
        try (Wiring app = open()) {
            CommandHandler commands = app.chat((c, m) -> "t1", Optional.empty()).commands();
            app.ingest().ingest(new PaperBatch(PaperFormat.JSON_LINES, List.of(new Paper(ID, "Speech recognition with speech models",
                    "Automatic speech recognition.", List.of(), List.of(), Instant.parse("2025-07-04T00:00:00Z"), 0, 1, "test")),
                    Map.of(), Optional.empty(), List.of()));
            Reply reply = commands.handle(ref, curator, "/papers tag " + ID + " -speech-audio");
            assertThat(reply.isError()).isTrue();
            assertThat(reply.text()).contains("no tag").contains("reset");
        }
    }

    private static Wiring open() throws Exception {
        Config config = Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of(
                "db.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "embed.enabled=false", "ranking.mode=tags-only"));
        return Wiring.open(config, Clock.systemUTC());
    }
}
