package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Handler behaviour a member would notice, through the real wiring on an in-memory database. */
class CommandHandlerTest {

    @Test
    void onlyManagersChangeAChannelButAnyoneMayAsk() throws Exception {
        try (var app = TestApp.open()) {
            ChannelRef ref = new ChannelRef("slack", "T1", "C1");
            Caller member = new Caller("u2", false);
            Reply refused = app.commands().handle(ref, member, "/papers subscribe rl");
            assertThat(refused.isError()).isTrue();
            assertThat(refused.text()).contains("Only members who may manage");
            assertThat(app.commands().handle(ref, member, "/papers schedule 08:00").isError()).isTrue();
            assertThat(app.commands().handle(ref, member, "/papers settings").text()).contains("Tags: none");
            assertThat(app.commands().handle(ref, new Caller("u1", true), "/papers subscribe rl").isError()).isFalse();
        }
    }

    @Test
    void scheduleAndSizeShowInSettings() throws Exception {
        try (var app = TestApp.open()) {
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            Caller admin = new Caller("u1", true);
            assertThat(app.commands().handle(ref, admin, "/papers schedule 07:45 Asia/Seoul mon,thu").text()).contains("07:45 Asia/Seoul mon,thu");
            app.commands().handle(ref, admin, "/papers size 3");
            app.commands().handle(ref, admin, "/papers layout thread");
            String settings = app.commands().handle(ref, admin, "/papers settings").text();
            assertThat(settings).contains("up to 3 papers").contains("in a thread").contains("07:45 Asia/Seoul mon,thu");
            assertThat(app.commands().handle(ref, admin, "/papers schedule off").text()).contains("off");
            assertThat(app.commands().handle(ref, admin, "/papers settings").text()).contains("Schedule: off");
        }
    }

    @Test
    void unknownTagsAndPapersGetHelpfulErrors() throws Exception {
        try (var app = TestApp.open()) {
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            Caller admin = new Caller("u1", true);
            Reply reply = app.commands().handle(ref, admin, "/papers subscribe difusion");
            assertThat(reply.isError()).isTrue();
            assertThat(reply.text()).contains("difusion").contains("#diffusion");
            assertThat(app.commands().handle(ref, admin, "/papers unsubscribe rl").text()).contains("does not follow #rl");
            assertThat(app.commands().handle(ref, admin, "/papers like 2501.99999").text()).contains("haven't read");
            assertThat(app.commands().handle(ref, admin, "/papers why banana").text()).contains("`banana`");
            assertThat(app.commands().handle(ref, admin, "/papers seed 2501.99999").text()).contains("counts once ingested");
            Reply search = app.commands().handle(ref, admin, "/papers search transformers tag:difusion");
            assertThat(search.isError()).isTrue();
            assertThat(search.text()).contains("#diffusion");
        }
    }

    @Test
    void searchRepliesWithTitleAuthorsDateTagsAndLinkOfEachMatch() throws Exception {
        try (var app = TestApp.open()) {
            app.ingest(java.util.List.of(
                    new dev.paperboy.paper.Paper("2506.20639", "Offline Reinforcement Learning for Language Model Agents",
                            "We train language model agents with offline reinforcement learning from logged web interactions.",
                            java.util.List.of("Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"), java.util.List.of("cs.LG"),
                            java.time.Instant.parse("2025-06-25T00:00:00Z"), 0, 1, "test"),
                    new dev.paperboy.paper.Paper("2506.20640", "Segmenting Cells in Microscopy Images",
                            "A convolutional network segments cell nuclei in fluorescence microscopy.", java.util.List.of("Rosalind Franklin"),
                            java.util.List.of("cs.CV"), java.time.Instant.parse("2025-06-26T00:00:00Z"), 0, 1, "test")));
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            Reply reply = app.commands().handle(ref, new Caller("u1", false), "/papers search offline RL agents");
            assertThat(reply.isError()).isFalse();
            assertThat(reply.text()).contains("1. *Offline Reinforcement Learning for Language Model Agents*")
                    .contains("Ada Lovelace, Alan Turing, Grace Hopper et al.").contains("2025-06-25").contains("#rl")
                    .contains("https://arxiv.org/abs/2506.20639").contains("id 2506.20639").contains("like:2506.20639")
                    .doesNotContain("Segmenting Cells");
            assertThat(app.commands().handle(ref, new Caller("u1", false), "/papers search like:2506.20639").text())
                    .contains("Papers like").contains("Segmenting Cells").doesNotContain("1. *Offline");
            assertThat(app.commands().handle(ref, new Caller("u1", false), "/papers search since:2030-01-01").text())
                    .contains("No paper matches");
            assertThat(app.commands().handle(ref, new Caller("u1", false), "/papers search " + "x".repeat(501)).text())
                    .contains("501 characters");
        }
    }
}
