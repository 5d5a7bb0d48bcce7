package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follows and mutes through the command path, on the real wiring (H2, Lucene's analyzers, the configured ranker). */
class FollowsTest {

    private static final Caller ADMIN = new Caller("u1", true);

    private static Paper paper(String id, String title, String abstractText, String author, String category, int hoursAgo) {
        return new Paper(id, title, abstractText, List.of(author, "Jane Doe"), List.of(category),
                Instant.now().minus(Duration.ofHours(hoursAgo)), 0, 1, "test");
    }

    private static final List<Paper> OTHERS = List.of(
            paper("2601.00001", "Scaling Laws for Vision Transformers", "We study how vision transformers scale with data.", "Kai Li", "cs.CV", 2),
            paper("2601.00002", "A Benchmark for Code Generation", "A benchmark of programming tasks for language models.", "Mia Wong", "cs.SE", 3),
            paper("2601.00003", "Protein Folding with Graph Networks", "Graph neural networks predict protein structures.", "Omar Haddad", "q-bio.BM", 4));

    @Test
    void anAuthorFollowBringsThatAuthorsNewPapersAndNamesTheFollow() throws Exception {
        try (var app = TestApp.open()) {
            app.ingest(OTHERS);
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            Reply followed = app.commands().handle(ref, ADMIN, "/papers follow author:\"Albert Gu\"");
            assertThat(followed.isError()).isFalse();
            assertThat(followed.text()).contains("now follows `author:\"Albert Gu\"`").contains("No paper matches it yet");

            app.ingest(List.of(paper("2601.00004", "Selective State Spaces Revisited", "Linear-time sequence models with selection.",
                    "Albert Gu", "cs.LG", 1)));
            assertThat(app.commands().handle(ref, ADMIN, "/papers digest 5").text()).contains("Posted 1 paper");
            assertThat(app.postedPapers()).containsExactly("2601.00004");
            assertThat(app.postedCards().get(0).why()).startsWith("by Albert Gu, whom this channel follows");
            assertThat(app.commands().handle(ref, ADMIN, "/papers settings").text())
                    .contains("Follows: 1. `author:\"Albert Gu\"`").contains("Mutes: none");
        }
    }

    @Test
    void aMuteKeepsMatchingPapersOutEvenWhenTheRankerWouldPickThemFirst() throws Exception {
        try (var app = TestApp.open()) {
            app.ingest(OTHERS);
            ChannelRef plain = new ChannelRef("console", "local", "plain");
            ChannelRef muting = new ChannelRef("console", "local", "muting");
            app.commands().handle(plain, ADMIN, "/papers digest 1");
            String first = app.postedPapers().get(0);
            Paper top = OTHERS.stream().filter(p -> p.id().equals(first)).findFirst().orElseThrow();

            Reply muted = app.commands().handle(muting, ADMIN, "/papers mute cat:" + top.categories().get(0));
            assertThat(muted.text()).contains("Muted").contains("1 recent paper matches it");
            app.commands().handle(muting, ADMIN, "/papers digest 5");
            List<String> toMuting = app.postedPapers().subList(1, app.postedPapers().size());
            assertThat(toMuting).hasSize(OTHERS.size() - 1).doesNotContain(first);

            assertThat(app.commands().handle(muting, ADMIN, "/papers unmute 1").text()).contains("Unmuted");
            assertThat(app.commands().handle(muting, ADMIN, "/papers digest 5").text()).contains("Posted 1 paper");
            assertThat(app.postedPapers().get(app.postedPapers().size() - 1)).isEqualTo(first);
        }
    }

    @Test
    void wordFollowsMatchStemsInTitleOrAbstractAndPhrasesAsPhrases() throws Exception {
        try (var app = TestApp.open()) {
            app.ingest(OTHERS);
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow \"neural networks\" protein").text()).contains("1 recent paper matches");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow \"networks neural\"").text()).contains("No paper matches it yet");
            app.commands().handle(ref, ADMIN, "/papers digest 5");
            assertThat(app.postedPapers()).containsExactly("2601.00003");
            assertThat(app.postedCards().get(0).why()).startsWith("matches `\"neural networks\" protein`");
        }
    }

    @Test
    void aWordFollowAlsoFindsPapersThatSayItInOtherWordsButAMuteDoesNot() throws Exception {
        // A real listing (2509.26634): about speech models, never saying "recognition"; cosine 0.51 with the follow's words.
        Paper syllabic = paper("2509.26634", "Scaling Spoken Language Models with Syllabic Speech Tokenization",
                "Spoken language models (SLMs) typically discretize speech into high-frame-rate tokens extracted from SSL speech models."
                        + " We present the first systematic study of syllabic tokenization for spoken language modeling, evaluating models on a"
                        + " suite of SLU benchmarks while varying training data scale.", "Nicholas Lee", "cs.CL", 1);
        try (var app = TestApp.open()) {
            app.ingest(OTHERS);
            app.ingest(List.of(syllabic));
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow speech recognition").text()).contains("1 recent paper matches it");
            app.commands().handle(ref, ADMIN, "/papers digest 5");
            assertThat(app.postedPapers()).containsExactly("2509.26634");
            assertThat(app.postedCards().get(0).why()).startsWith("close in meaning to `speech recognition`, which this channel follows");

            ChannelRef muting = new ChannelRef("console", "local", "c2");
            assertThat(app.commands().handle(muting, ADMIN, "/papers mute speech recognition").text()).contains("No paper matches it yet");
            app.commands().handle(muting, ADMIN, "/papers digest 5");
            assertThat(app.postedPapers()).contains("2509.26634").hasSize(1 + OTHERS.size() + 1);
        }
    }

    @Test
    void subscribeAndFollowOfATagAreTheSameFollow() throws Exception {
        try (var app = TestApp.open()) {
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            app.commands().handle(ref, ADMIN, "/papers subscribe rl");
            Reply again = app.commands().handle(ref, ADMIN, "/papers follow tag:rl");
            assertThat(again.isError()).isTrue();
            assertThat(again.text()).contains("follows `tag:rl` already");
            assertThat(app.commands().handle(ref, ADMIN, "/papers settings").text()).contains("Follows: 1. `tag:rl`").doesNotContain("2. ");
            assertThat(app.commands().handle(ref, ADMIN, "/papers unfollow tag:rl").text()).contains("no longer follows `tag:rl`");
            assertThat(app.commands().handle(ref, ADMIN, "/papers tags").text()).contains("This channel follows: none");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow tag:#RL").isError()).isFalse();
            assertThat(app.commands().handle(ref, ADMIN, "/papers tags").text()).contains("This channel follows: #rl");
            assertThat(app.commands().handle(ref, ADMIN, "/papers unsubscribe rl").isError()).isFalse();
            assertThat(app.commands().handle(ref, ADMIN, "/papers settings").text()).contains("Follows: none");
        }
    }

    @Test
    void badFollowsAreRefusedWithASentence() throws Exception {
        try (var app = TestApp.open()) {
            ChannelRef ref = new ChannelRef("console", "local", "c1");
            assertThat(app.commands().handle(ref, new Caller("u2", false), "/papers follow cat:cs.RO").text()).contains("Only members who may manage");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow").text()).contains("Follow what?");
            assertThat(app.commands().handle(ref, ADMIN, "/papers mute " + "x".repeat(501)).text()).contains("501 characters");
            Reply dated = app.commands().handle(ref, ADMIN, "/papers follow state space models since:2025");
            assertThat(dated.isError()).isTrue();
            assertThat(dated.text()).contains("no date");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow like:2506.20639").text()).contains("`/papers seed`");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow tag:difusion").text()).contains("#diffusion");
            assertThat(app.commands().handle(ref, ADMIN, "/papers unfollow 3").text()).contains("does not follow");
            for (int i = 0; i < FollowsHandler.MAX; i++) {
                assertThat(app.commands().handle(ref, ADMIN, "/papers follow word" + i).isError()).isFalse();
            }
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow one-too-many").text()).contains("has 50 follows");
            assertThat(app.commands().handle(ref, ADMIN, "/papers unfollow 2").text()).contains("no longer follows `word1`");
            assertThat(app.commands().handle(ref, ADMIN, "/papers follow one-more").isError()).isFalse();
        }
    }
}
