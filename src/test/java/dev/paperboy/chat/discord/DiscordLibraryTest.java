package dev.paperboy.chat.discord;

import static dev.paperboy.chat.discord.DiscordEvents.slash;
import static dev.paperboy.chat.discord.DiscordEvents.slashWithFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryEntry;
import dev.paperboy.paper.source.FixtureServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a reading list attached to {@code /papers seed} (downloaded by JDA's own attachment proxy from a local
 * stand-in for Discord's CDN) WHEN the command runs THEN the channel is seeded from it; {@code /papers saved}
 * answers with a .bib attached.
 */
class DiscordLibraryTest {

    private static final String BIB = """
            @misc{a, title = {Policy Gradient Agents for Tool Use}, eprint = {2506.10001v2}, archivePrefix = {arXiv}}
            @misc{b, title = {Q-Learning Revisited}, url = {https://arxiv.org/abs/2506.10004}}
            @misc{c, title = {Not Read Yet}, eprint = {2599.00002}}
            """;

    private FakeDiscord discord;
    private FixtureServer cdn;

    @BeforeEach
    void open() throws Exception {
        discord = FakeDiscord.open().withPapers();
        cdn = new FixtureServer();
        cdn.route("/attachments/1/2/group.bib", new MockResponse.Builder().body(BIB).build());
    }

    @AfterEach
    void close() {
        discord.close();
        cdn.close();
    }

    private Message.Attachment attachment(String name, int size) {
        Message.Attachment file = Mocks.of(Message.Attachment.class);
        when(file.getFileName()).thenReturn(name);
        when(file.getSize()).thenReturn(size);
        when(file.getProxy()).thenReturn(new NamedAttachmentProxy(cdn.url("/attachments/1/2/" + name).toString(), name));
        return file;
    }

    @Test
    void aBibtexAttachedToSeedIsDownloadedMatchedAndSeededForTheWholeChannel() {
        var answer = slashWithFile(discord, "U2", "seed", attachment("group.bib", BIB.length()));

        assertThat(answer.deferred).isTrue();
        assertThat(answer.privately).isFalse();
        assertThat(answer.text).contains("3 entries: 2 matched, 0 fetched from arXiv, 0 imported from their own abstracts, 1 not found.")
                .contains("arXiv could not be reached for 2599.00002");
        assertThat(discord.app.feedback().seeds(discord.stored().id())).contains("2506.10001", "2506.10004", "2599.00002");
        assertThat(cdn.requested()).hasSize(1);
    }

    @Test
    void anOversizedAttachmentIsRefusedPrivatelyWithoutDownloadingIt() {
        var answer = slashWithFile(discord, "U2", "seed", attachment("huge.bib", 6 * 1024 * 1024));

        assertThat(answer.followUps).singleElement().asString().contains("huge.bib is 6 MB; a reading list may be at most 5 MB");
        assertThat(answer.privately).isTrue();
        assertThat(cdn.requested()).isEmpty();
    }

    @Test
    void savedAsBibtexComesBackAsAnAttachedFile() throws Exception {
        slash(discord, "U2", false, "seed", Map.of("papers", "2506.10001"));
        long channel = discord.stored().id();
        discord.app.feedback().react(channel, "2506.10003", "U2", "m1", "🔖", false, discord.app.clock().instant());

        var list = slash(discord, "U2", false, "saved", Map.of());
        assertThat(list.text).contains("1. Offline Reinforcement Learning at Scale · `2506.10003`");
        var file = slash(discord, "U2", false, "saved", Map.of("as", "bibtex"));

        assertThat(file.text).isEqualTo("1 saved paper as BibTeX.");
        assertThat(file.files).singleElement().satisfies(f -> assertThat(f.getName()).endsWith(".bib"));
        byte[] bytes = file.files.get(0).getData().readAllBytes();
        List<LibraryEntry> back = Libraries.read("saved.bib", bytes).entries();
        assertThat(back).extracting(LibraryEntry::arxivId).containsExactly("2506.10003");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("archivePrefix = {arXiv}");
    }
}
