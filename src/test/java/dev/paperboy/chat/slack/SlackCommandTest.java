package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /papers} through the real Bolt app over HTTP: signed requests are acknowledged at once and answered
 * through their response_url; unsigned or replayed ones are refused before anything runs.
 */
class SlackCommandTest {

    private SlackBench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void givenASignedHelpCommand_whenSlackSendsIt_thenItIsAckedAtOnceAndAnsweredOnlyToTheCaller() throws Exception {
        bench = SlackBench.start();
        long start = System.nanoTime();
        HttpResponse<String> ack = bench.command("U0ALICE", "help", bench.slack.responseUrl("help"));
        long ackMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).as("Slack shows dispatch_failed after 3 s").isLessThan(3_000);
        JsonNode answer = bench.slack.await("/commands/help", 1).get(0).json();
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        // Slack shows &lt; as '<': unescaped, "<tag>" would be read as a link or mention and vanish.
        assertThat(answer.get("text").asText()).contains("`/papers digest [n]`").contains("`/papers subscribe &lt;tag&gt;…`");
    }

    @Test
    void givenAnUnknownVerb_whenRun_thenTheCallerAloneGetsAClearSentence() throws Exception {
        bench = SlackBench.start();
        JsonNode answer = bench.ask("U0ALICE", "frobnicate <everyone>");

        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).startsWith(":warning: ").doesNotContain("Exception")
                .doesNotContain("<everyone>").contains("`frobnicate`").contains("/papers help");
    }

    @Test
    void givenABadSignature_whenARequestArrives_thenItIsRefusedWith401AndNothingRuns() throws Exception {
        bench = SlackBench.start();
        String body = "team_id=T0PAPERS&channel_id=C0READING&user_id=U0MALLORY&command=%2Fpapers&text=schedule+off"
                + "&response_url=" + java.net.URLEncoder.encode(bench.slack.responseUrl("forged"), "UTF-8");

        HttpResponse<String> response = bench.post(body, "application/x-www-form-urlencoded", SlackBench.now(),
                "v0=" + "0".repeat(64));

        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(bench.slack.calls("/commands/forged")).isEmpty();
        assertThat(bench.channel()).as("the forged command created no channel").isEmpty();
    }

    @Test
    void givenAReplayedRequestSignedSixMinutesAgo_whenItArrives_thenItIsRefusedWith401() throws Exception {
        bench = SlackBench.start();
        String body = "team_id=T0PAPERS&channel_id=C0READING&user_id=U0ALICE&command=%2Fpapers&text=help"
                + "&response_url=" + java.net.URLEncoder.encode(bench.slack.responseUrl("stale"), "UTF-8");

        HttpResponse<String> response = bench.post(body, "application/x-www-form-urlencoded", SlackBench.now() - 6 * 60);

        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(bench.slack.calls("/commands/stale")).isEmpty();
    }

    @Test
    void givenEveryoneMayManage_whenAMemberSubscribes_thenTheChannelIsToldWhoChangedIt() throws Exception {
        bench = SlackBench.start();
        JsonNode answer = bench.ask("U0ALICE", "subscribe #RL reasoning");

        assertThat(answer.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(answer.get("text").asText()).startsWith("<@U0ALICE> changed").contains("#reasoning #rl");
        assertThat(bench.channel().orElseThrow().tags()).containsExactlyInAnyOrder("rl", "reasoning");
    }

    @Test
    void givenConfiguredManagers_whenSomeoneElseChangesTheSchedule_thenTheyAreRefusedAndManagersAreNot() throws Exception {
        bench = SlackBench.start(Set.of("U0BOSS", Managers.ADMINS));
        bench.slack.admin("U0ADMIN");

        JsonNode refused = bench.ask("U0ALICE", "schedule off");
        JsonNode boss = bench.ask("U0BOSS", "size 3");
        JsonNode admin = bench.ask("U0ADMIN", "subscribe rl");

        assertThat(refused.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.get("text").asText()).contains("Only members who may manage this channel");
        assertThat(boss.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(admin.get("text").asText()).contains("Subscribed to #rl");
        var settings = bench.channel().orElseThrow().settings();
        assertThat(settings.schedule().enabled()).as("the refused 'schedule off' changed nothing").isTrue();
        assertThat(settings.digestSize()).isEqualTo(3);
        // Anyone may still read: settings are answered to the caller alone.
        assertThat(bench.ask("U0ALICE", "settings").get("text").asText()).contains("Tags: #rl");
    }
}
