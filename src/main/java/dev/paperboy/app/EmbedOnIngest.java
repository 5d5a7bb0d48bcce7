package dev.paperboy.app;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.IngestListener;
import dev.paperboy.paper.Paper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Embeds what ingest stored, so search and taste models find every paper's vector ready. */
final class EmbedOnIngest implements IngestListener {

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
