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
            assertThat(app.commands().handle(ref, admin, "/papers why banana").text()).contains("not a paper id");
            assertThat(app.commands().handle(ref, admin, "/papers seed 2501.99999").text()).contains("counts once ingested");
            assertThat(app.commands().handle(ref, admin, "/papers search transformers").text()).contains("not available yet");
        }
    }

}
