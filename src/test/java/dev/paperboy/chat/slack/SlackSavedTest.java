package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.paper.library.Libraries;
import dev.paperboy.paper.library.LibraryEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a paper bookmarked with 🔖 in Slack (a real reaction event) WHEN a member asks {@code /papers saved bibtex}
 * THEN the .bib goes to the channel through files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal)
 * on the local fake Web API, and the member is told where it went.
 */
class SlackSavedTest {

    private SlackBench bench;

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void givenABookmarkedPaper_whenSavedBibtexIsAsked_thenTheFileIsUploadedToTheChannel() throws Exception {
        bench = SlackBench.start();
        bench.rlPapers(2);
        bench.ask("U0ALICE", "digest 1");
        FakeSlack.Call paper = bench.slack.calls("/api/chat.postMessage").get(1);
        bench.event(SlackBench.reaction("reaction_added", "U0BOB", "bookmark", FakeSlack.BOT_USER, paper.ts()));

        assertThat(bench.ask("U0BOB", "saved").get("text").asText()).contains("1. Policy Gradient Agents");
        JsonNode answer = bench.ask("U0BOB", "saved bibtex");

        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).isEqualTo("1 saved paper as BibTeX. Posted in this channel as paperboy-saved.bib.");
        FakeSlack.Call url = bench.slack.calls("/api/files.getUploadURLExternal").get(0);
        assertThat(url.param("filename")).isEqualTo("paperboy-saved.bib");
        String uploaded = bench.slack.calls("/upload/F0SAVED").get(0).param("body");
        assertThat(Integer.parseInt(url.param("length"))).isEqualTo(uploaded.getBytes(StandardCharsets.UTF_8).length);
        List<LibraryEntry> back = Libraries.parse("saved.bib", uploaded).entries();
        assertThat(back).singleElement().satisfies(e -> assertThat(e.title()).startsWith("Policy Gradient Agents <"));
        FakeSlack.Call complete = bench.slack.calls("/api/files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo(SlackBench.CHANNEL);
        assertThat(complete.param("files")).contains("F0SAVED");
        assertThat(complete.param("initial_comment")).contains("<@U0BOB>");
    }
}
