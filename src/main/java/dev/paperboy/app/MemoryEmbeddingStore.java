package dev.paperboy.app;

import dev.paperboy.embed.EmbeddingStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Vectors in a map, for benchmarks that must not measure the database. Ignores the model name. */
final class MemoryEmbeddingStore implements EmbeddingStore {

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public Map<String, float[]> find(Collection<String> ids, String model) {
        Map<String, float[]> out = new HashMap<>();
        for (String id : ids) {
            float[] v = vectors.get(id);
            if (v != null) {
                out.put(id, v);
            }
        }
        return out;
    }

    @Override
    public void save(Map<String, float[]> saved, String model) {
        vectors.putAll(saved);
    }

    @Override
    public Map<String, float[]> all(String model) {
        return Map.copyOf(vectors);
    }
}
