package dev.paperboy.search;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.EmbeddingStore;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test helper: the search service over the papers in {@code src/test/resources/search/papers.jsonl}, tagged by
 * the real keyword tagger and vocabulary, embedded by the real model (loaded once per test run), in memory.
 */
final class SearchFixture implements AutoCloseable {

    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder(2);
    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    final List<Paper> papers = new ArrayList<>();
    final Map<String, List<String>> tags = new HashMap<>();
    final TagVocabulary vocabulary;
    final PaperIndex index = PaperIndex.inMemory();
    final SearchIndexer indexer;
    final SearchService service;

    private SearchFixture(Optional<EmbeddingService> embeddings) throws IOException {
        vocabulary = vocabulary();
        KeywordTagger tagger = new KeywordTagger(vocabulary, 2.0);
        papers.addAll(corpus());
        papers.forEach(p -> tags.put(p.id(), tagger.tag(p).stream().map(TagScore::tag).toList()));
        TagLookup lookup = tagLookup();
        indexer = new SearchIndexer(index, corpusOf(), lookup, embeddings);
        service = new SearchService(index, lookup, indexer, embeddings);
    }

    /** The fixture with the real embedding model: hybrid ranking. */
    static SearchFixture hybrid() throws IOException {
        SearchFixture f = new SearchFixture(Optional.of(new EmbeddingService(EMBEDDER, new MapStore())));
        f.indexer.rebuild(n -> { });
        return f;
    }

    /** The fixture without embeddings: words only. */
    static SearchFixture wordsOnly() throws IOException {
        SearchFixture f = new SearchFixture(Optional.empty());
        f.indexer.rebuild(n -> { });
        return f;
    }

    static List<Paper> corpus() throws IOException {
        try (InputStream in = SearchFixture.class.getResourceAsStream("/search/papers.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return new JsonPapers(new com.fasterxml.jackson.databind.ObjectMapper()).parse(lines, Instant.parse("2025-11-01T00:00:00Z"), "test").papers();
        }
    }

    static TagVocabulary vocabulary() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("config/tags.yaml"))) {
            return TagVocabulary.read(in, "tags.yaml");
        }
    }

    TagLookup tagLookup() {
        return new TagLookup() {
            @Override
            public Map<String, List<String>> tagsOf(Collection<String> ids) {
                Map<String, List<String>> out = new LinkedHashMap<>();
                ids.forEach(id -> out.put(id, tags.getOrDefault(id, List.of())));
                return out;
            }

            @Override
            public Optional<String> known(String userText) {
                return vocabulary.find(userText).map(t -> t.name());
            }

            @Override
            public List<String> closest(String userText, int limit) {
                return vocabulary.suggest(userText, limit);
            }
        };
    }

    SearchCorpus corpusOf() {
        return new SearchCorpus() {
            @Override
            public long count() {
                return papers.size();
            }

            @Override
            public List<Paper> page(String afterId, int limit) {
                return papers.stream().filter(p -> p.id().compareTo(afterId) > 0).sorted(Comparator.comparing(Paper::id)).limit(limit).toList();
            }

            @Override
            public List<Paper> find(Collection<String> ids) {
                return papers.stream().filter(p -> ids.contains(p.id())).toList();
            }
        };
    }

    /** Ids of the hits, best first. */
    List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** Vectors kept across fixtures, so each text is embedded once per test run. */
    static final class MapStore implements EmbeddingStore {
        @Override
        public Map<String, float[]> find(Collection<String> ids, String model) {
            Map<String, float[]> out = new HashMap<>();
            ids.forEach(id -> {
                if (VECTORS.containsKey(id)) {
                    out.put(id, VECTORS.get(id));
                }
            });
            return out;
        }

        @Override
        public void save(Map<String, float[]> vectors, String model) {
            VECTORS.putAll(vectors);
        }

        @Override
        public Map<String, float[]> all(String model) {
            return Map.copyOf(VECTORS);
        }
    }
}
