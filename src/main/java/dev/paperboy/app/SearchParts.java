package dev.paperboy.app;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.search.SearchService;
import dev.paperboy.search.TagLookup;
import dev.paperboy.store.JdbcSearchCorpus;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagStore;
import dev.paperboy.tag.TagVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Search: the Lucene index where {@code search.index-dir} says, the indexer that keeps it in step with the
 * database (an ingest listener, and a catch-up with what other processes stored), and the service that answers.
 * Closing it closes the indexer, then the index.
 */
record SearchParts(PaperIndex index, SearchIndexer indexer, SearchService service) implements AutoCloseable {

    /** Opens the index and builds the indexer and service on it; a failure closes what was opened. */
    static SearchParts open(Config config, boolean besideBot, Stores stores, TagLookup tags, Optional<EmbeddingService> embeddings)
            throws ConfigException {
        PaperIndex index = openIndex(config, besideBot);
        try {
            SearchIndexer indexer = new SearchIndexer(index, new JdbcSearchCorpus(stores.database().dataSource(), stores.jdbcPapers()),
                    tags, embeddings);
            return new SearchParts(index, indexer, new SearchService(index, tags, indexer, embeddings));
        } catch (RuntimeException e) {
            closeQuietly(index);
            throw e;
        }
    }

    /**
     * Where this process's index lives: in memory for an in-memory database (the index caches the database), else
     * a folder; beside a running bot that holds the folder, the bot's index read-only.
     */
    private static PaperIndex openIndex(Config config, boolean besideBot) throws ConfigException {
        String dir = config.string("search.index-dir").strip();
        if (dir.equalsIgnoreCase("memory") || config.string("db.url").startsWith("jdbc:h2:mem:")) {
            return PaperIndex.inMemory();
        }
        try {
            return PaperIndex.open(Path.of(dir));
        } catch (PaperIndex.InUseException e) {
            if (!besideBot) {
                throw new ConfigException("cannot open the search index: " + e.getMessage());
            }
            LoggerFactory.getLogger(SearchParts.class).info("a running bot holds the search index at {}; reading it, and the bot "
                    + "indexes what this command stores", dir);
            try {
                return PaperIndex.readOnly(Path.of(dir));
            } catch (IOException again) {
                throw new ConfigException("cannot read the search index: " + again.getMessage());
            }
        } catch (IOException e) {
            throw new ConfigException("cannot open the search index: " + e.getMessage());
        }
    }

    /**
     * Keeps the index in step with the database every {@code search.catch-up-seconds}: papers and tags changed by
     * any process (another instance, a curator's correction, the command line) become searchable here.
     */
    void startCatchUp(Config config) throws ConfigException {
        int seconds = config.integer("search.catch-up-seconds");
        if (seconds < 1) {
            throw new ConfigException("search.catch-up-seconds must be at least 1, got " + seconds);
        }
        try {
            indexer.catchUpEvery(Duration.ofSeconds(seconds));
        } catch (IOException e) {
            throw new ConfigException("cannot read the search index: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            indexer.close();
        } finally {
            closeQuietly(index);
        }
    }

    private static void closeQuietly(PaperIndex index) {
        try {
            index.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(SearchParts.class).warn("closing the search index failed: {}", e.toString());
        }
    }

    /** Search's view of tags, from the tag store and the vocabulary (search does not import the tag package). */
    static final class VocabularyTagLookup implements TagLookup {

        private final TagStore store;
        private final TagVocabulary vocabulary;

        VocabularyTagLookup(TagStore store, TagVocabulary vocabulary) {
            this.store = store;
            this.vocabulary = vocabulary;
        }

        @Override
        public Map<String, List<String>> tagsOf(Collection<String> paperIds) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            store.effectiveTags(paperIds).forEach((id, tags) -> out.put(id, tags.stream().map(TagScore::tag).toList()));
            return out;
        }

        @Override
        public Optional<String> known(String userText) {
            return vocabulary.find(userText).map(tag -> tag.name());
        }

        @Override
        public List<String> closest(String userText, int limit) {
            return vocabulary.suggest(userText, limit);
        }
    }
}
