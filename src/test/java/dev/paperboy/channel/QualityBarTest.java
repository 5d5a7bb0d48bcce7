package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality bar through the command path, on the real wiring (H2, the learned ranker, MiniLM). */
class QualityBarTest {

    private static final Caller ADMIN = new Caller("u1", true);
    private static final ChannelRef REF = new ChannelRef("console", "local", "c1");

    private static Paper paper(String id, String title, String abstractText, int hoursAgo) {
        return new Paper(id, title, abstractText, List.of("Jane Doe"), List.of(), Instant.now().minus(Duration.ofHours(hoursAgo)), 0, 1, "test");
    }

    @Test
    void badBarsGetAClearAnswerAndOnlyManagersSetOne() throws Exception {
        try (var app = TestApp.open()) {
            Reply two = app.commands().handle(REF, ADMIN, "/papers bar 2");
            assertThat(two.isError()).isTrue();
            assertThat(two.text()).contains("`2` is not a probability from 0 to 1").contains("`/papers bar 0.6`");
            Reply x = app.commands().handle(REF, ADMIN, "/papers bar x");
            assertThat(x.isError()).isTrue();
            assertThat(x.text()).contains("`x` is not a bar").contains("`off`, `auto`");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar").text()).contains("The bar is `off`, `auto`, or a probability");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar -0.1").isError()).isTrue();
            assertThat(app.commands().handle(REF, new Caller("u2", false), "/papers bar 0.5").text()).contains("Only members who may manage");

            assertThat(app.commands().handle(REF, ADMIN, "/papers settings").text()).contains("Bar: off (every digest posts its best papers);"
                    + " it turns `auto` once members react");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar 0.9").text()).contains("at least 90% likely to be liked");
            assertThat(app.commands().handle(REF, ADMIN, "/papers settings").text()).contains("Bar: 0.90 (scheduled digests post only papers");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar OFF").text()).contains("The bar is off");
            assertThat(app.commands().handle(REF, ADMIN, "/papers settings").text()).contains("Bar: off (every digest posts its best papers)\n");
        }
    }

    @Test
    void theAutoBarIsSetByTheChannelsVotesAndSettingsSaysIt() throws Exception {
        try (var app = TestApp.open()) {
            votedChannel(app, 30);
            String settings = app.commands().handle(REF, ADMIN, "/papers settings").text();
            assertThat(settings).containsPattern("Bar: auto \\(the default once members react\\): 0\\.\\d\\d, the likelihood above which 3 in 4"
                    + " of this channel's 👍 fell");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar auto").text()).contains("The bar is `auto`")
                    .containsPattern("auto: 0\\.\\d\\d");
        }
    }

    @Test
    void givenAnAutoBarAndOnlyPoorPapers_whenTheScheduledDigestComes_thenItPostsTheBestHalfWhileAFixedBarPostsNone() throws Exception {
        try (var app = TestApp.open("ranking.exploration=0")) {
            votedChannel(app, 60);
            // A week of mixed papers: the channel's model trains against them, and a digest a member asks for shows them all.
            String[] week = {"Offline Policy Evaluation with Doubly Robust Estimators", "Hierarchical Reinforcement Learning for Navigation",
                "Safe Exploration in Constrained Markov Decision Processes", "Q-Learning with Function Approximation",
                "Soil Erosion in River Basins", "Medieval Manuscripts and Their Scribes", "Corrosion of Steel in Seawater",
                "Tax Policy and Household Savings"};
            List<Paper> mixed = new ArrayList<>();
            for (int i = 0; i < week.length; i++) {
                mixed.add(paper("2601.0030" + i, week[i], week[i] + ". We study it carefully and report results.", 30 + i));
            }
            app.ingest(mixed);
            assertThat(app.commands().handle(REF, ADMIN, "/papers digest 8").text()).startsWith("Posted 8 papers");
            assertThat(app.commands().handle(REF, ADMIN, "/papers bar auto").text()).contains("auto: 0.");

            String[] poor = {"Glacier Retreat in the Alps", "Bronze Age Pottery of Crete", "Dairy Cattle Nutrition",
                "Urban Traffic Noise Regulation", "Coral Reef Bleaching Surveys", "Grammar of Old Norse Verbs"};
            List<Paper> today = new ArrayList<>();
            for (int i = 0; i < poor.length; i++) {
                today.add(paper("2601.0040" + i, poor[i], poor[i] + ". We study it carefully and report results.", 2 + i));
            }
            app.ingest(today);
            int before = app.postedPapers().size();

            DigestService.Outcome auto = app.scheduledDigest(REF, 4);

            // None of today's papers is like what the channel liked, so none clears its auto bar; the bar learns from
            // the votes on what it lets through, so it still posts the best half of the digest.
            assertThat(auto.posted()).as("posted under auto; bar note: %s", auto.barNote()).isEqualTo(2);
            assertThat(app.postedPapers().subList(before, app.postedPapers().size())).allMatch(id -> id.startsWith("2601.0040"));

            assertThat(app.commands().handle(REF, ADMIN, "/papers bar 0.99").isError()).isFalse();
            DigestService.Outcome fixed = app.scheduledDigest(REF, 4);
            assertThat(fixed.posted()).as("a bar a manager set is held as set").isZero();
            assertThat(fixed.barNote()).contains("nothing cleared");
        }
    }

    /**
     * A channel seeded with one RL paper, shown it and eight more in a digest of 8, whose member then liked the four
     * about reinforcement learning and disliked the four that are not; the papers published {@code hoursAgo} or so.
     */
    private static void votedChannel(TestApp app, int hoursAgo) {
        List<Paper> papers = new ArrayList<>();
        papers.add(paper("2601.00100", "Offline Reinforcement Learning with Conservative Q-Functions",
                "We learn policies from logged data with a conservative value estimate.", hoursAgo));
        String[] titles = {"Policy Gradients for Robot Grasping", "Model-Based Reinforcement Learning for Locomotion",
            "Reward Shaping in Multi-Agent Games", "Exploration Bonuses for Sparse Rewards",
            "Protein Structure Prediction with Transformers", "A Survey of Graph Databases",
            "Compiler Optimisation with Polyhedral Models", "Weather Forecasting with Neural Operators"};
        for (int i = 0; i < titles.length; i++) {
            papers.add(paper("2601.0020" + i, titles[i], titles[i] + ". We study it carefully and report results.", hoursAgo + i));
        }
        app.ingest(papers);
        assertThat(app.commands().handle(REF, ADMIN, "/papers seed 2601.00100").isError()).isFalse();
        assertThat(app.commands().handle(REF, ADMIN, "/papers digest 8").text()).startsWith("Posted 8 papers");
        for (int i = 0; i < titles.length; i++) {
            assertThat(app.commands().handle(REF, ADMIN, (i < 4 ? "/papers like " : "/papers dislike ") + "2601.0020" + i).isError()).isFalse();
        }
    }
}
