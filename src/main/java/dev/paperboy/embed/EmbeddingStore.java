package dev.paperboy.embed;

import java.util.Collection;
import java.util.Map;

/** Where vectors are kept, by id and model. */
public interface EmbeddingStore {

    Map<String, float[]> find(Collection<String> ids, String model);

    void save(Map<String, float[]> vectors, String model);

    /** Every stored vector of a model, for rebuilding an index or a cache. */
    Map<String, float[]> all(String model);
}
