package dev.paperboy.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.search.SearchIndexer;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.Tagger;
import dev.paperboy.tag.TaggingListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How papers come in: the tagger, and the ingest that stores a batch and tells its listeners in order (tagging,
 * embedding, the search index, the candidate pool); with the readers of paper files and JSON lines.
 */
record IngestParts(Tagger tagger, IngestService ingest, JsonPapers jsonPapers, PaperFiles paperFiles) {

    static IngestParts build(Clock clock, ObjectMapper json, TagVocabulary vocabulary, Stores stores, Tagger tagger,
                             Optional<EmbeddingService> embeddings, SearchIndexer indexer) {
        List<IngestListener> listeners = new ArrayList<>();
        listeners.add(new TaggingListener(tagger, stores.tags(), vocabulary));
        embeddings.ifPresent(e -> listeners.add(new EmbedOnIngest(e)));
        listeners.add(indexer); // after embedding, so vectors are ready to index
        listeners.add(stores.candidatePool()); // last: the papers are tagged by then
        JsonPapers jsonPapers = new JsonPapers(json);
        return new IngestParts(tagger, new IngestService(stores.papers(), listeners, clock), jsonPapers, new PaperFiles(jsonPapers));
    }

    /** Embeds what ingest stored, so search and taste models find every paper's vector ready. */
    static final class EmbedOnIngest implements IngestListener {

        private final EmbeddingService embeddings;

        EmbedOnIngest(EmbeddingService embeddings) {
            this.embeddings = embeddings;
        }

        /** Embeds ahead, beside the previous step (a memory hit when the tagger already did). */
        @Override
        public void prepare(List<Paper> papers) {
            ingested(papers, Map.of());
        }

        @Override
        public void ingested(List<Paper> papers, Map<String, List<String>> curatorTags) {
            Map<String, String> texts = new LinkedHashMap<>();
            papers.forEach(p -> texts.put(p.id(), p.text()));
            if (!texts.isEmpty()) {
                embeddings.vectors(texts);
            }
        }
    }
}
