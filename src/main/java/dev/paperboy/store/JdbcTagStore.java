package dev.paperboy.store;

import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Paper tags in {@code paper_tags}, machine and human side by side. */
public final class JdbcTagStore implements TagStore {

    /**
     * Ids per IN list. H2 finds the rows by index but then checks each against the whole list, so shorter lists cost
     * less per row; 50 was the fastest of 500, 100 and 50 when planning over 20,000 fresh papers (docs/PERFORMANCE.md).
     */
    private static final int CHUNK = 50;

    private final Jdbc jdbc;

    public JdbcTagStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void replaceMachineTags(String paperId, List<TagScore> tags) {
        jdbc.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper_tags WHERE paper_id = ? AND origin = 'machine'")) {
                delete.setString(1, paperId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO paper_tags (paper_id, tag, origin, confidence) VALUES (?, ?, 'machine', ?)")) {
                for (TagScore tag : tags) {
                    Jdbc.bind(insert, paperId, tag.tag(), tag.confidence());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            changed(c, paperId);
            return null;
        });
    }

    @Override
    public void addHumanTags(String paperId, Collection<String> tags) {
        boolean any = false;
        for (String tag : tags) {
            any |= jdbc.insertUnique("INSERT INTO paper_tags (paper_id, tag, origin, confidence) VALUES (?, ?, 'human', 1.0)", paperId, tag);
        }
        if (any) {
            JdbcPaperStore.changed(jdbc, paperId);
        }
    }

    @Override
    public void setHumanTags(String paperId, Collection<String> tags) {
        jdbc.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper_tags WHERE paper_id = ? AND origin = 'human'")) {
                delete.setString(1, paperId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO paper_tags (paper_id, tag, origin, confidence) VALUES (?, ?, 'human', 1.0)")) {
                for (String tag : new java.util.LinkedHashSet<>(tags)) {
                    Jdbc.bind(insert, paperId, tag);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            changed(c, paperId);
            return null;
        });
    }

    /** In the same transaction as the tags it records, so the search index never sees the change before the tags. */
    private static void changed(java.sql.Connection c, String paperId) throws java.sql.SQLException {
        try (PreparedStatement change = c.prepareStatement(JdbcPaperStore.CHANGE)) {
            change.setString(1, paperId);
            change.executeUpdate();
        }
    }

    @Override
    public Map<String, List<String>> humanTagged() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        jdbc.query("SELECT tag, paper_id FROM paper_tags WHERE origin = 'human' ORDER BY tag, paper_id", rs -> {
            out.computeIfAbsent(rs.getString("tag"), k -> new ArrayList<>()).add(rs.getString("paper_id"));
            return null;
        });
        return out;
    }

    @Override
    public Map<String, List<TagScore>> effectiveTags(Collection<String> paperIds) {
        List<String> ids = List.copyOf(paperIds);
        Map<String, List<TagScore>> human = new HashMap<>();
        Map<String, List<TagScore>> machine = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            jdbc.query("SELECT paper_id, tag, origin, confidence FROM paper_tags WHERE paper_id IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", rs -> {
                        TagScore score = new TagScore(rs.getString("tag"), rs.getDouble("confidence"), rs.getString("origin"));
                        (TagScore.HUMAN.equals(score.origin()) ? human : machine)
                                .computeIfAbsent(rs.getString("paper_id"), k -> new ArrayList<>()).add(score);
                        return null;
                    }, chunk.toArray());
        }
        Map<String, List<TagScore>> out = new LinkedHashMap<>();
        for (String id : ids) {
            List<TagScore> tags = new ArrayList<>(human.getOrDefault(id, machine.getOrDefault(id, List.of())));
            tags.sort(Comparator.comparingDouble(TagScore::confidence).reversed().thenComparing(TagScore::tag));
            out.put(id, tags);
        }
        return out;
    }
}
