package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.TestPapers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands that take a paper, as members type them, through the handler every adapter calls. */
class PaperCommandsTest {

    private static final ChannelRef REF = new ChannelRef("console", "local", "c1");
    private static final Caller MANAGER = new Caller("u1", true);
    private static final Caller MEMBER = new Caller("u2", false);

    @Test
    void givenPapersWithTheirOwnIds_whenACommandNamesThemAsShown_thenItIsAccepted() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only")) {
            Instant now = Instant.now();
            app.ingest(List.of(
                    TestPapers.paper("citeulike-1", "Collaborative filtering for implicit feedback", "We factorize implicit feedback.", now),
                    TestPapers.paper("10.1145/3292500.3330701", "Graph neural networks for recommendation", "A graph model recommends items.", now),
                    TestPapers.paper("rJxF73R9tX", "An OpenReview paper on reinforcement learning", "Agents learn from rewards.", now),
                    TestPapers.paper("2506.20639", "Offline reinforcement learning for agents", "Offline RL for language agents.", now)));
            for (String id : List.of("citeulike-1", "10.1145/3292500.3330701", "https://doi.org/10.1145/3292500.3330701", "rJxF73R9tX")) {
                for (String verb : List.of("like", "dislike", "why", "tag")) {
                    Reply reply = app.commands().handle(REF, MEMBER, "/papers " + verb + " " + id);
                    assertThat(reply.isError()).as(verb + " " + id + ": " + reply.text()).isFalse();
                }
            }
            Reply seeded = app.commands().handle(REF, MEMBER, "/papers seed citeulike-1 10.1145/3292500.3330701 rJxF73R9tX");
            assertThat(seeded.isError()).isFalse();
            assertThat(seeded.text()).contains("3 papers");
            assertThat(app.commands().handle(REF, MEMBER, "/papers search like:citeulike-1").isError()).isFalse();
            assertThat(app.commands().handle(REF, MEMBER, "/papers search like:citeulike-404").text()).contains("citeulike-404");
            for (String arxiv : List.of("2506.20639v2", "arXiv:2506.20639", "https://arxiv.org/abs/2506.20639v1", "https://arxiv.org/pdf/2506.20639")) {
                assertThat(app.commands().handle(REF, MEMBER, "/papers why " + arxiv).isError()).as(arxiv).isFalse();
            }
        }
    }

    @Test
    void givenAnUnknownId_whenACommandNamesIt_thenTheAnswerNamesIt() throws Exception {
        try (TestApp app = TestApp.open("embed.enabled=false", "ranking.mode=tags-only")) {
            for (String verb : List.of("like", "dislike", "why", "tag", "seed")) {
                Reply reply = app.commands().handle(REF, MEMBER, "/papers " + verb + " citeulike-404");
                assertThat(reply.isError()).as(verb).isTrue();
                assertThat(reply.text()).as(verb).contains("`citeulike-404`").doesNotContain("Exception");
            }
            assertThat(app.commands().handle(REF, MEMBER, "/papers like 2501.99999").text()).contains("haven't read").contains("2501.99999");
        }
    }

    @Test
    void givenPapersLikedSeededOrDisliked_whenTheNextDigestIsPlanned_thenNoneOfThemIsOffered() throws Exception {
        try (TestApp app = TestApp.open()) {
            Instant now = Instant.now();
            List<Paper> papers = TestPapers.rlPapers("2507.100", 12, now);
            app.ingest(papers);
            app.commands().handle(REF, MANAGER, "/papers subscribe rl");
            List<String> said = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                assertThat(app.commands().handle(REF, MEMBER, "/papers like " + papers.get(i).id()).isError()).isFalse();
                said.add(papers.get(i).id());
            }
            app.commands().handle(REF, MEMBER, "/papers dislike " + papers.get(3).id());
            app.commands().handle(REF, MEMBER, "/papers seed " + papers.get(4).id());
            said.add(papers.get(3).id());
            said.add(papers.get(4).id());

            assertThat(app.commands().handle(REF, MEMBER, "/papers digest 7").text()).contains("Posted 7 papers");
            assertThat(app.postedPapers()).hasSize(7).doesNotContainAnyElementsOf(said);
        }
    }

    @Test
    void givenAChannelWithTaste_whenAMemberAsksWhy_thenItsNextDigestIsTheOneItWouldHaveHad() throws Exception {
        List<String> plain = digestAfter(false);
        List<String> afterWhy = digestAfter(true);
        assertThat(afterWhy).hasSize(4).isEqualTo(plain);
    }

    private static List<String> digestAfter(boolean askWhy) throws Exception {
        try (TestApp app = TestApp.open()) {
            Instant now = Instant.now();
            List<Paper> papers = TestPapers.rlPapers("2507.100", 12, now);
            app.ingest(papers);
            app.commands().handle(REF, MANAGER, "/papers subscribe rl");
            app.commands().handle(REF, MEMBER, "/papers like " + papers.get(0).id());
            app.commands().handle(REF, MEMBER, "/papers like " + papers.get(5).id());
            app.commands().handle(REF, MEMBER, "/papers dislike " + papers.get(3).id());
            // Members just said what they like, so no model fits yet; a member asks about one paper.
            if (askWhy) {
                assertThat(app.commands().handle(REF, MEMBER, "/papers why " + papers.get(11).id()).isError()).isFalse();
            }
            app.commands().handle(REF, MEMBER, "/papers digest 4");
            return app.postedPapers();
        }
    }
}
