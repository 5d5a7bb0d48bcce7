package dev.paperboy.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.tag.KeywordTagger;
import dev.paperboy.tag.TagScore;
import dev.paperboy.tag.TagVocabulary;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy tag --in PAPERS --out TAGGED.jsonl [--tags FILE]}: writes each paper with its tags and
 * confidences, so a curator can preview a vocabulary on a file. Touches no database.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag papers from a file and write them as JSON lines with tags.")
final class TagCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--in", required = true, paramLabel = "PAPERS", description = "Papers in any format ingest reads.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "TAGGED.jsonl", description = "Where to write; .gz compresses.")
    Path out;

    @Option(names = "--tags", paramLabel = "FILE", description = "A tag vocabulary to try instead of tags.file.")
    Path tags;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        if (tags != null) {
            config = config.with("tags.file", tags.toString());
        }
        TagVocabulary vocabulary = Wiring.loadVocabulary(config);
        KeywordTagger tagger = new KeywordTagger(vocabulary, config.decimal("tags.keyword-threshold"));
        var json = Json.mapper();
        var papers = new dev.paperboy.paper.JsonPapers(json);
        PaperBatch batch = new dev.paperboy.paper.PaperFiles(papers).read(in, Clock.systemUTC().instant());
        int tagged = 0;
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream sink = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            for (Paper paper : batch.papers()) {
                ObjectNode node = papers.toJson(paper);
                var array = node.putArray("tags");
                for (TagScore score : tagger.tag(paper)) {
                    array.addObject().put("tag", score.tag()).put("confidence", score.confidence());
                }
                if (!array.isEmpty()) {
                    tagged++;
                }
                writer.write(json.writeValueAsString(node));
                writer.newLine();
            }
        }
        System.out.println(batch.papers().size() + " papers, " + tagged + " with at least one tag, written to " + out
                + (batch.skipped().isEmpty() ? "" : "; " + batch.skipped().size() + " skipped"));
        return 0;
    }

}
