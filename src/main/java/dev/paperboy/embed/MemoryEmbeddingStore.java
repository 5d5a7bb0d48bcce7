package dev.paperboy.embed;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Vectors kept for the life of the process only, behind {@link EmbeddingService#inMemory}: for commands that touch no database. */
final class MemoryEmbeddingStore implements EmbeddingStore {

    private final Map<String, Map<String, float[]>> byModel = new ConcurrentHashMap<>();

    @Override
    public Map<String, float[]> find(Collection<String> ids, String model) {
        Map<String, float[]> stored = byModel.getOrDefault(model, Map.of());
        Map<String, float[]> out = new HashMap<>();
        for (String id : ids) {
            float[] v = stored.get(id);
            if (v != null) {
                out.put(id, v);
            }
        }
        return out;
    }

    @Override
    public void save(Map<String, float[]> vectors, String model) {
        byModel.computeIfAbsent(model, m -> new ConcurrentHashMap<>()).putAll(vectors);
    }

    @Override
    public Map<String, float[]> all(String model) {
        return Map.copyOf(byModel.getOrDefault(model, Map.of()));
    }
}
