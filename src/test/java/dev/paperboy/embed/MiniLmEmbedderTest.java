package dev.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real ONNX model from the jar: related texts land closer than unrelated ones. */
class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder(2);
    }

    @Test
    void similarMeaningIsCloserThanDifferentTopic() {
        List<float[]> v = embedder.embedAll(List.of(
                "Policy optimization for language model agents with reinforcement learning from rewards",
                "Training LLM agents with RL and a learned reward signal",
                "Segmenting cell nuclei in microscopy images with convolutional networks"));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(384));
        assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.2f);
    }

    @Test
    void readsOnlyTheFirstTokensOfALongText() {
        String opening = "We study reinforcement learning for robot grasping with sparse rewards and learned critics. ".repeat(12);
        String longer = opening + "Unrelated closing remarks about medieval poetry, cooking recipes and tax law. ".repeat(10);
        String other = "Unrelated closing remarks about medieval poetry, cooking recipes and tax law. ".repeat(10) + opening;
        MiniLmEmbedder longReader = new MiniLmEmbedder(2, 512);
        assertThat(Vectors.dot(embedder.embed(longer), embedder.embed(opening))).isGreaterThan(0.999f);
        assertThat(Vectors.dot(longReader.embed(longer), longReader.embed(opening))).isLessThan(0.99f);
        assertThat(Vectors.dot(embedder.embed(other), embedder.embed(opening))).isLessThan(0.9f);
    }

    @Test
    void aBatchGivesEachTextItsOwnVectorInOrder() {
        List<String> texts = List.of("graph neural networks for molecules",
                "a much longer text about diffusion models for image generation with classifier-free guidance and many steps",
                "speech");
        List<float[]> batch = embedder.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(Vectors.dot(batch.get(i), embedder.embed(texts.get(i)))).isGreaterThan(0.9999f);
        }
    }

    @Test
    void vectorsSurviveTheirTextForm() {
        float[] v = embedder.embed("state space models for long sequences");
        assertThat(Vectors.decode(Vectors.encode(v))).containsExactly(v);
    }
}
