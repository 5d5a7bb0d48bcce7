package dev.paperboy.store;

import dev.paperboy.embed.EmbeddingStore;
import dev.paperboy.embed.Vectors;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Vectors in {@code paper_embeddings}. */
public final class JdbcEmbeddingStore implements EmbeddingStore {

    private static final int CHUNK = 500;

    private final Jdbc jdbc;

    public JdbcEmbeddingStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Map<String, float[]> find(Collection<String> ids, String model) {
        List<String> all = List.copyOf(ids);
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            Object[] params = new Object[chunk.size() + 1];
            params[0] = model;
            for (int j = 0; j < chunk.size(); j++) {
                params[j + 1] = chunk.get(j);
            }
            jdbc.query("SELECT paper_id, vector FROM paper_embeddings WHERE model = ? AND paper_id IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", rs -> out.put(rs.getString(1), Vectors.decode(rs.getString(2))), params);
        }
        return out;
    }

    @Override
    public void save(Map<String, float[]> vectors, String model) {
        if (vectors.isEmpty()) {
            return;
        }
        jdbc.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper_embeddings WHERE paper_id = ? AND model = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO paper_embeddings (paper_id, model, vector) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    Jdbc.bind(delete, e.getKey(), model);
                    delete.addBatch();
                    Jdbc.bind(insert, e.getKey(), model, Vectors.encode(e.getValue()));
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<String, float[]> all(String model) {
        Map<String, float[]> out = new HashMap<>();
        jdbc.query("SELECT paper_id, vector FROM paper_embeddings WHERE model = ?", rs -> out.put(rs.getString(1), Vectors.decode(rs.getString(2))), model);
        return out;
    }
}
