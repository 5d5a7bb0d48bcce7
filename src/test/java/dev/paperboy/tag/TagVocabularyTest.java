package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TagVocabularyTest {

    private static TagVocabulary vocabulary;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("config/tags.yaml"))) {
            vocabulary = TagVocabulary.read(in, "config/tags.yaml");
        }
    }

    @Test
    void theDefaultVocabularyCoversTheCuratorsHashtags() {
        assertThat(vocabulary.all()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(t -> {
            assertThat(t.description()).isNotBlank();
            assertThat(t.keywords()).isNotEmpty();
        });
        for (String tag : List.of("flow", "lm", "energy-based-model", "generalization", "rl", "reasoning", "scaling-law",
                "transformer", "benchmark", "instruction", "state-space-model", "long-context", "agent")) {
            assertThat(vocabulary.find(tag)).as(tag).isPresent();
        }
    }

    @Test
    void lookupsIgnoreCaseAndHash() {
        assertThat(vocabulary.find("#RL")).map(Tag::name).contains("rl");
        assertThat(vocabulary.find("State_Space_Model")).map(Tag::name).contains("state-space-model");
    }

    @Test
    void unknownTagsGetCloseSuggestions() {
        assertThat(vocabulary.find("reasonig")).isEmpty();
        assertThat(vocabulary.suggest("reasonig", 3)).contains("reasoning");
        assertThat(vocabulary.suggest("state-space", 3)).contains("state-space-model");
        assertThat(vocabulary.suggest("diffusion-models", 3)).contains("diffusion");
    }

    @Test
    void givenWhatATagIsCalledInPapers_whenSuggested_thenThatTagComesFirst() {
        // A user types the field's words or its acronym, not our short names: the tag whose keyword it is comes first.
        assertThat(vocabulary.suggest("reinforcement-learning", 3)).first().isEqualTo("rl");
        assertThat(vocabulary.suggest("Reinforcment Learning", 3)).first().isEqualTo("rl");
        assertThat(vocabulary.suggest("gnn", 3)).first().isEqualTo("graph-neural-network");
        assertThat(vocabulary.suggest("#LLM", 3)).first().isEqualTo("lm");
        assertThat(vocabulary.suggest("chain-of-thought", 3)).first().isEqualTo("reasoning");
        assertThat(vocabulary.suggest("reasonig", 3)).first().isEqualTo("reasoning");
        assertThat(vocabulary.suggest("zzzzqqqq", 3)).isEmpty();
        // The start of a keyword, as a member types it (Discord completes each word apart).
        assertThat(vocabulary.suggest("reinforcement", 3)).contains("rl");
        // A short word one letter from a short keyword is not a slip: "time" is not "aime", "plan" not "flan".
        assertThat(vocabulary.suggest("time", 3)).first().isEqualTo("time-series");
        assertThat(vocabulary.suggest("plan", 3)).doesNotContain("instruction");
    }

    @Test
    void keywordTaggerFindsTheObviousTopicAndNotTheAbsentOne() {
        KeywordTagger tagger = new KeywordTagger(vocabulary, 2.0);
        Paper paper = new Paper("2501.00001", "Policy Gradient Methods for Reinforcement Learning from Human Feedback",
                "We study reinforcement learning with a learned reward model and PPO.", List.of(), List.of("cs.LG"),
                Instant.EPOCH, 0, 1, "test");
        List<TagScore> tags = tagger.tag(paper);
        assertThat(tags).extracting(TagScore::tag).contains("rl").doesNotContain("diffusion", "robotics");
        assertThat(tags).allSatisfy(t -> assertThat(t.confidence()).isBetween(0.0, 1.0));
    }
}
