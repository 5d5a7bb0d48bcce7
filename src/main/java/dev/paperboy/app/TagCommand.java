package dev.paperboy.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.MiniLmEmbedder;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.Retagger;
import dev.paperboy.tag.TagVocabulary;
import dev.paperboy.tag.Tagger;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy tag --in PAPERS --out TAGGED.jsonl [--tags FILE]}: writes each paper with its tags and
 * confidences, so a curator can preview a vocabulary on a file; touches no database. {@code paperboy tag
 * --retag}: re-tags every stored paper with the current vocabulary, keeping every curator's tags.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag papers from a file and write them as JSON lines with tags (touches no database),",
            "or re-tag every stored paper after the vocabulary changed (--retag; curators' tags are kept)."})
final class TagCommand implements Callable<Integer> {

    private static final int CHUNK = Retagger.CHUNK;

    @Mixin
    GlobalOptions global;

    @Option(names = "--in", paramLabel = "PAPERS", description = "Papers in any format ingest reads.")
    Path in;

    @Option(names = "--out", paramLabel = "TAGGED.jsonl", description = "Where to write; .gz compresses.")
    Path out;

    @Option(names = "--tags", paramLabel = "FILE", description = "A tag vocabulary to use instead of tags.file.")
    Path tags;

    @Option(names = "--keyword-only", description = "Use the keyword baseline instead of the hybrid tagger.")
    boolean keywordOnly;

    @Option(names = "--retag", description = "Re-tag every paper in the database with the current vocabulary.")
    boolean retag;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        if (tags != null) {
            config = config.with("tags.file", tags.toString());
        }
        if (keywordOnly) {
            config = config.with("tags.tagger", "keyword");
        }
        boolean files = in != null || out != null;
        if (retag ? files : in == null || out == null) {
            System.err.println("paperboy tag: give either --in PAPERS and --out TAGGED.jsonl, or --retag");
            return 2;
        }
        return retag ? retag(config) : preview(config);
    }

    private static int retag(Config config) throws Exception {
        try (Wiring app = Wiring.openBesideBot(config, Clock.systemUTC())) {
            Retagger.Report r = new Retagger(app.papers(), app.tagger(), app.tags(), app.vocabulary())
                    .retagAll((done, of) -> System.err.println("re-tagged " + done + "/" + of + " papers"));
            System.out.println(r.papers() + " papers re-tagged with " + app.vocabulary().all().size() + " tags: " + r.assigned()
                    + " machine tags on " + r.tagged() + " papers; " + r.curatedPapers() + " papers keep their curators' tags.");
            r.orphans().forEach((tag, papers) -> System.out.println("  curators' tag #" + tag + " (" + papers
                    + (papers == 1 ? " paper" : " papers") + ") is not in the vocabulary any more: kept, but no channel can follow it."));
            return 0;
        }
    }

    private int preview(Config config) throws Exception {
        TagVocabulary vocabulary = Settings.loadVocabulary(config);
        Optional<EmbeddingService> embeddings = config.bool("embed.enabled")
                ? Optional.of(EmbeddingService.inMemory(new MiniLmEmbedder(config.integer("embed.threads")), Map.of()))
                : Optional.empty();
        Tagger tagger = Settings.tagger(config, vocabulary, embeddings, Map::of, ids -> List.of());
        var json = Json.mapper();
        var papers = new JsonPapers(json);
        PaperBatch batch = new PaperFiles(papers).read(in, Clock.systemUTC().instant());
        int tagged = 0;
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream sink = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            List<Paper> all = batch.papers();
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Paper> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                List<List<TagScore>> scores = tagger.tagAll(chunk);
                for (int j = 0; j < chunk.size(); j++) {
                    ObjectNode node = papers.toJson(chunk.get(j));
                    ArrayNode array = node.putArray("tags");
                    scores.get(j).forEach(s -> array.addObject().put("tag", s.tag()).put("confidence", s.confidence()));
                    List<String> curator = batch.curatorTags().getOrDefault(chunk.get(j).id(), List.of());
                    if (!curator.isEmpty()) {
                        curator.forEach(node.putArray("curator_tags")::add);
                    }
                    tagged += array.isEmpty() ? 0 : 1;
                    writer.write(json.writeValueAsString(node));
                    writer.newLine();
                }
                if (all.size() > CHUNK) {
                    System.err.println("tagged " + Math.min(all.size(), i + CHUNK) + "/" + all.size() + " papers");
                }
            }
        }
        System.out.println(batch.papers().size() + " papers, " + tagged + " with at least one tag ("
                + (tagger instanceof dev.paperboy.tag.HybridTagger ? "hybrid" : "keyword-only") + " tagger), written to " + out
                + (batch.skipped().isEmpty() ? "" : "; " + batch.skipped().size() + " skipped"));
        return 0;
    }
}
