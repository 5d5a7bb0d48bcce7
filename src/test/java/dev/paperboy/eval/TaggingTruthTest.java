package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.tag.TagVocabulary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingTruthTest {

    @Test
    void givenAuthorsKeywords_whenMapped_thenOnlyKeywordsThatNameATagCount() throws Exception {
        TagVocabulary vocabulary;
        try (InputStream in = Files.newInputStream(Path.of("config/tags.yaml"))) {
            vocabulary = TagVocabulary.read(in, "config/tags.yaml");
        }
        TaggingTruth truth = new TaggingTruth(vocabulary);
        assertThat(truth.tags(List.of("Deep Reinforcement Learning", "graph neural networks"))).containsExactly("graph-neural-network", "rl");
        assertThat(truth.tags(List.of("normalizing-flow", "Transformers"))).containsExactly("flow", "transformer");
        assertThat(truth.tags(List.of("deep learning", "multi-agent reinforcement learning"))).isEmpty();
    }
}
