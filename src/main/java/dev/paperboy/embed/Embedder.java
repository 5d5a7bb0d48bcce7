package dev.paperboy.embed;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product is their cosine similarity. */
public interface Embedder {

    /** A short name of the model, stored beside each vector so a model change re-embeds. */
    String model();

    int dimension();

    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }
}
