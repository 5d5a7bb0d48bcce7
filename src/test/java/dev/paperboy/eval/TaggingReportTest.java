package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval tagging --out docs/TAGGING.md} rewrites its results section and nothing a person wrote around it. */
class TaggingReportTest {

    @Test
    void givenADocumentWithAResultsSection_whenWritten_thenOnlyTheSectionIsReplaced(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("TAGGING.md");
        Files.writeString(doc, "# Tagging\n\nHow it works.\n\n" + TaggingReport.BEGIN + "\nold figures\n" + TaggingReport.END
                + "\n\n## What the numbers say\n\nA reading.\n");
        TaggingReport report = new TaggingReport(Path.of("iclr.jsonl.gz"), 7);
        report.command("java -jar target/paperboy.jar eval tagging");

        report.write(doc);

        String written = Files.readString(doc);
        assertThat(written).startsWith("# Tagging\n\nHow it works.\n\n" + TaggingReport.BEGIN)
                .endsWith(TaggingReport.END + "\n\n## What the numbers say\n\nA reading.\n")
                .contains("eval tagging").doesNotContain("old figures");
        report.write(doc);
        assertThat(Files.readString(doc)).isEqualTo(written);
    }

    @Test
    void givenNoFile_whenWritten_thenTheFileIsTheSection_andAFileWithoutOneGetsItAtItsEnd(@TempDir Path dir) throws Exception {
        TaggingReport report = new TaggingReport(Path.of("iclr.jsonl.gz"), 7);
        Path fresh = dir.resolve("out/results.md");
        report.write(fresh);
        assertThat(Files.readString(fresh)).isEqualTo(report.markdown());
        Path plain = dir.resolve("plain.md");
        Files.writeString(plain, "no markers here\n");
        report.write(plain);
        assertThat(Files.readString(plain)).isEqualTo("no markers here\n\n" + report.markdown());
    }

    @Test
    void givenAStartMarkerWithoutItsEnd_whenWritten_thenTheFileIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("TAGGING.md");
        String text = "# Tagging\n\n" + TaggingReport.BEGIN + "\nold figures\n\n## What the numbers say\n\nA reading.\n";
        Files.writeString(doc, text);
        TaggingReport report = new TaggingReport(Path.of("iclr.jsonl.gz"), 7);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaggingReport.checkWritable(doc))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("never ends");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.write(doc))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("TAGGING.md");
        assertThat(Files.readString(doc)).isEqualTo(text);
    }
}
