package dev.paperboy.bench;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.Paper;
import dev.paperboy.search.PaperIndex;
import dev.paperboy.search.SearchCorpus;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.search.TagLookup;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search index over a benchmark corpus in a work folder, built through the real rebuild path (papers from
 * memory, vectors from memory, tags from the keyword tagger) unless a fitting one is there already.
 */
public final class SearchBenchIndex implements AutoCloseable {

    public final PaperIndex index;
    public final SearchIndexer indexer;
    public final TagLookup tags;
    public final EmbeddingService embeddings;
    public final Map<String, float[]> vectors = new LinkedHashMap<>();
    /** How the index came to be, for the report. */
    public final String build;

    public SearchBenchIndex(List<BenchCorpus.Entry> corpus, TagVocabulary vocabulary, KeywordTagger tagger, MiniLmEmbedder embedder,
                     Path folder) throws IOException {
        Map<String, Paper> byId = new HashMap<>();
        corpus.forEach(e -> {
            byId.put(e.paper().id(), e.paper());
            vectors.put(e.paper().id(), e.vector());
        });
        this.embeddings = EmbeddingService.inMemory(embedder, vectors);
        this.tags = tags(vocabulary, tagger, byId);
        this.index = PaperIndex.open(folder);
        this.indexer = new SearchIndexer(index, corpus(corpus), tags, Optional.of(embeddings));
        if (indexer.staleness().isPresent()) {
            long started = System.nanoTime();
            indexer.rebuild(n -> {
                if (n % 10_000 == 0) {
                    System.err.printf("indexing: %,d of %,d%n", n, corpus.size());
                }
            });
            double s = (System.nanoTime() - started) / 1e9;
            build = String.format("built in %.0f s (%.0f papers/s)", s, corpus.size() / s);
        } else {
            build = "reused from " + folder;
        }
    }

    private static TagLookup tags(TagVocabulary vocabulary, KeywordTagger tagger, Map<String, Paper> byId) {
        return new TagLookup() {
            @Override
            public Map<String, List<String>> tagsOf(Collection<String> ids) {
                Map<String, List<String>> out = new HashMap<>();
                for (String id : ids) {
                    Paper p = byId.get(id);
                    if (p != null) {
                        out.put(id, tagger.tag(p).stream().map(TagScore::tag).toList());
                    }
                }
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

    private static SearchCorpus corpus(List<BenchCorpus.Entry> entries) {
        List<Paper> sorted = entries.stream().map(BenchCorpus.Entry::paper).sorted(Comparator.comparing(Paper::id)).toList();
        List<String> ids = sorted.stream().map(Paper::id).toList();
        return new SearchCorpus() {
            @Override
            public long count() {
                return sorted.size();
            }

            @Override
            public List<Paper> page(String afterId, int limit) {
                int i = Collections.binarySearch(ids, afterId);
                int from = i >= 0 ? i + 1 : -i - 1;
                return sorted.subList(Math.min(from, sorted.size()), Math.min(from + limit, sorted.size()));
            }

            @Override
            public List<Paper> find(Collection<String> wanted) {
                return sorted.stream().filter(p -> wanted.contains(p.id())).toList();
            }
        };
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
