package dev.paperboy.tag;

import dev.paperboy.embed.Embedder;
import dev.paperboy.embed.Vectors;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A stand-in for the real model in fast tests: each word gets a fixed random direction, a text is the unit sum of
 * its words'. Texts that share words are close, others are nearly orthogonal, so tests control similarity.
 */
final class WordHashEmbedder implements Embedder {

    int calls;

    @Override
    public String model() {
        return "word-hash";
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        calls++;
        return texts.stream().map(WordHashEmbedder::vector).toList();
    }

    private static float[] vector(String text) {
        float[] sum = new float[384];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3) {
                continue;
            }
            Random random = new Random(word.hashCode());
            for (int d = 0; d < sum.length; d++) {
                sum[d] += (float) random.nextGaussian();
            }
        }
        return Vectors.normalize(sum);
    }
}
