package dev.paperboy.store;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperExtras;
import dev.paperboy.paper.PaperStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Papers in the {@code papers} table. */
public final class JdbcPaperStore implements PaperStore {

    static final String CHANGE = "INSERT INTO paper_changes (paper_id) VALUES (?)";
    static final String COLUMNS = "id, title, abstract, authors, categories, published, upvotes, version, source";
    private static final int CHUNK = 500;

    private final Jdbc jdbc;
    private final Clock clock;
    private final JdbcPaperExtras extras;

    public JdbcPaperStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.extras = new JdbcPaperExtras(jdbc, clock);
    }

    @Override
    public Outcome upsert(Paper paper) {
        Optional<Paper> existing = find(paper.id());
        if (existing.isEmpty()) {
            boolean inserted = jdbc.insertUnique("INSERT INTO papers (" + COLUMNS + ", ingested_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    paper.id(), paper.title(), paper.abstractText(), String.join("\n", paper.authors()),
                    String.join(" ", paper.categories()), paper.published(), paper.upvotes(), paper.version(), paper.source(),
                    clock.instant(), clock.instant());
            if (inserted) {
                changed(jdbc, paper.id());
                return Outcome.INSERTED;
            }
            existing = find(paper.id());
        }
        Paper merged = merge(existing.orElseThrow(), paper);
        if (merged.equals(existing.get())) {
            return Outcome.UNCHANGED;
        }
        jdbc.update("UPDATE papers SET title = ?, abstract = ?, authors = ?, categories = ?, upvotes = ?, version = ?, "
                        + "updated_at = ? WHERE id = ?",
                merged.title(), merged.abstractText(), String.join("\n", merged.authors()), String.join(" ", merged.categories()),
                merged.upvotes(), merged.version(), clock.instant(), merged.id());
        changed(jdbc, merged.id());
        return Outcome.UPDATED;
    }

    /** Records that a paper or its tags changed, for every instance's search index to catch up (JdbcSearchCorpus). */
    static void changed(Jdbc jdbc, String paperId) {
        jdbc.update(CHANGE, paperId);
    }

    /**
     * A newer version's text wins; fields the other copy lacks are filled in; upvotes only grow. The first
     * publication date and source are kept.
     */
    static Paper merge(Paper stored, Paper incoming) {
        boolean newer = incoming.version() > stored.version();
        String title = pick(stored.title(), incoming.title(), newer);
        String abstractText = pick(stored.abstractText(), incoming.abstractText(), newer);
        List<String> authors = newer && !incoming.authors().isEmpty() || stored.authors().isEmpty() ? incoming.authors() : stored.authors();
        List<String> categories = new ArrayList<>(stored.categories());
        incoming.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        return new Paper(stored.id(), title, abstractText, authors, categories, stored.published(),
                Math.max(stored.upvotes(), incoming.upvotes()), Math.max(stored.version(), incoming.version()), stored.source());
    }

    private static String pick(String stored, String incoming, boolean newer) {
        if (incoming.isBlank()) {
            return stored;
        }
        return newer || stored.isBlank() ? incoming : stored;
    }

    @Override
    public Optional<Paper> find(String id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM papers WHERE id = ?", JdbcPaperStore::paper, id);
    }

    @Override
    public List<Paper> findAll(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Map<String, Paper> found = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            jdbc.query("SELECT " + COLUMNS + " FROM papers WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    JdbcPaperStore::paper, chunk.toArray()).forEach(p -> found.put(p.id(), p));
        }
        List<Paper> out = new ArrayList<>();
        for (String id : all) {
            if (found.containsKey(id)) {
                out.add(found.get(id));
            }
        }
        return out;
    }

    @Override
    public void mergeExtras(PaperExtras incoming) {
        extras.merge(incoming);
    }

    @Override
    public Optional<PaperExtras> extras(String id) {
        return extras.find(id);
    }

    @Override
    public long count() {
        return jdbc.one("SELECT COUNT(*) FROM papers", rs -> rs.getLong(1)).orElse(0L);
    }

    static Paper paper(ResultSet rs) throws SQLException {
        String authors = rs.getString("authors");
        String categories = rs.getString("categories");
        return new Paper(rs.getString("id"), rs.getString("title"), rs.getString("abstract"),
                authors.isEmpty() ? List.of() : Arrays.asList(authors.split("\n")),
                categories.isBlank() ? List.of() : Arrays.asList(categories.split(" ")),
                Jdbc.instant(rs, "published"), rs.getInt("upvotes"), rs.getInt("version"), rs.getString("source"));
    }

    @Override
    public Map<String, String> titles() {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.query("SELECT id, title FROM papers WHERE title <> ''", rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<String> ids() {
        return jdbc.query("SELECT id FROM papers ORDER BY id", rs -> rs.getString(1));
    }
}
