package dev.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors come from memory, then the store, then the model; memory keeps the most recently used only. */
class EmbeddingServiceTest {

    /** A model that counts what it embeds, and a store that counts what is looked up in it. */
    private final List<String> embedded = new ArrayList<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, float[]> stored = new HashMap<>();

    private final Embedder model = new Embedder() {
        @Override
        public String model() {
            return "test";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[] {1, 0}).toList();
        }
    };

    private final EmbeddingStore store = new EmbeddingStore() {
        @Override
        public Map<String, float[]> find(Collection<String> ids, String name) {
            lookedUp.addAll(ids);
            Map<String, float[]> out = new HashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> out.put(id, stored.get(id)));
            return out;
        }

        @Override
        public void save(Map<String, float[]> vectors, String name) {
            stored.putAll(vectors);
        }

        @Override
        public Map<String, float[]> all(String name) {
            return stored;
        }
    };

    @Test
    void aVectorIsEmbeddedOnceThenReadFromMemoryWhichKeepsOnlyTheMostRecent() {
        EmbeddingService service = new EmbeddingService(model, store);
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < EmbeddingService.MEMORY_LIMIT + 200; i++) { // past a whole batch more than memory holds
            texts.put("p" + i, "text " + i);
        }
        service.vectors(texts);
        assertThat(embedded).hasSize(EmbeddingService.MEMORY_LIMIT + 200);

        lookedUp.clear();
        service.vectors(Map.of("p" + (EmbeddingService.MEMORY_LIMIT + 199), "text"));
        assertThat(lookedUp).as("the newest is in memory").isEmpty();
        service.vectors(Map.of("p0", "text 0"));
        assertThat(lookedUp).as("the oldest was let go, and comes back from the store").containsExactly("p0");
        assertThat(embedded).as("nothing is embedded twice").hasSize(EmbeddingService.MEMORY_LIMIT + 200);
    }
}
