package dev.paperboy.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors by id: from memory, else from the store, else embedded now (in batches) and saved. Every part that
 * needs a paper's vector asks here, so each text is embedded once per model.
 */
public final class EmbeddingService {

    private static final int BATCH = 64;

    private final Embedder embedder;
    private final EmbeddingStore store;
    /** Vectors kept in memory at most: the fresh papers and the channels' liked ones, about 80 MB. */
    static final int MEMORY_LIMIT = 50_000;

    /**
     * The most recently used vectors. Bounded: a bot that ingests every day would otherwise keep every vector it
     * ever made (1.5 KB each), and what is not here is one query away in the store.
     */
    private final Map<String, float[]> memory = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1 << 16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > MEMORY_LIMIT;
                }
            });

    public EmbeddingService(Embedder embedder, EmbeddingStore store) {
        this.embedder = embedder;
        this.store = store;
    }

    /**
     * Vectors kept for the life of the process only, for commands and harnesses that touch no database; the
     * {@code known} vectors (by id, of this embedder's model) are taken as given instead of embedded again.
     */
    public static EmbeddingService inMemory(Embedder embedder, Map<String, float[]> known) {
        MemoryEmbeddingStore store = new MemoryEmbeddingStore();
        store.save(known, embedder.model());
        return new EmbeddingService(embedder, store);
    }

    public Embedder embedder() {
        return embedder;
    }

    /** Vectors for each id, embedding the given texts of those not known yet. */
    public Map<String, float[]> vectors(Map<String, String> textsById) {
        Map<String, float[]> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : textsById.keySet()) {
            float[] v = memory.get(id);
            if (v != null) {
                out.put(id, v);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, float[]> stored = store.find(missing, embedder.model());
            memory.putAll(stored);
            out.putAll(stored);
            List<String> toEmbed = missing.stream().filter(id -> !stored.containsKey(id)).toList();
            for (int i = 0; i < toEmbed.size(); i += BATCH) {
                List<String> ids = toEmbed.subList(i, Math.min(toEmbed.size(), i + BATCH));
                List<float[]> vectors = embedder.embedAll(ids.stream().map(textsById::get).toList());
                Map<String, float[]> fresh = new HashMap<>();
                for (int j = 0; j < ids.size(); j++) {
                    fresh.put(ids.get(j), vectors.get(j));
                }
                store.save(fresh, embedder.model());
                memory.putAll(fresh);
                out.putAll(fresh);
            }
        }
        return out;
    }

    /** Vectors already known (memory or store) for these ids; never embeds. */
    public Map<String, float[]> known(Collection<String> ids) {
        Map<String, float[]> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            float[] v = memory.get(id);
            if (v != null) {
                out.put(id, v);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, float[]> stored = store.find(missing, embedder.model());
            memory.putAll(stored);
            out.putAll(stored);
        }
        return out;
    }

    /**
     * Vectors of texts that are not papers (a tag's description, say), kept in the store under their own model
     * key ({@code <model>|<kind>}), so whatever is rebuilt from paper vectors never meets them. Not kept in memory
     * here: the caller holds what it needs.
     */
    public Map<String, float[]> others(Map<String, String> textsById, String kind) {
        String key = embedder.model() + "|" + kind;
        Map<String, float[]> out = new LinkedHashMap<>(store.find(textsById.keySet(), key));
        List<String> missing = textsById.keySet().stream().filter(id -> !out.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embedAll(missing.stream().map(textsById::get).toList());
            Map<String, float[]> fresh = new HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                fresh.put(missing.get(i), vectors.get(i));
            }
            store.save(fresh, key);
            out.putAll(fresh);
        }
        return out;
    }

    /** Embeds a query or any text that is not stored. */
    public float[] embedText(String text) {
        return embedder.embed(text);
    }
}
