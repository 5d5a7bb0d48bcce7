package dev.paperboy.paper.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four reading-list formats on files written for the project: the same 32 made-up papers of a group's
 * library, with accents as LaTeX or as Unicode, versions, old-style ids, arXiv DOIs and missing fields.
 */
class LibrariesTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LibrariesTest.class.getResourceAsStream("/library/" + name)) {
            return in.readAllBytes();
        }
    }

    static Map<String, LibraryEntry> byTitle(List<LibraryEntry> entries) {
        return entries.stream().collect(Collectors.toMap(LibraryEntry::title, Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"library.bib", "library.ris", "zotero.csv"})
    void everyFormatGivesTheSamePapersWithTheirIdsAndText(String file) throws Exception {
        Libraries.Library library = Libraries.read(file, resource(file));

        assertThat(library.entries()).hasSize(32);
        Map<String, LibraryEntry> entries = byTitle(library.entries());
        LibraryEntry first = entries.get("Sparse Mixture-of-Experts Routing");
        assertThat(first.arxivId()).isEqualTo("1901.10000");
        assertThat(first.authors()).containsExactly("Jürgen Müller");
        assertThat(first.abstractText()).contains("trained on 10% of the data").contains("code & data are released")
                .doesNotContain("\\");
        assertThat(entries.get("Diffusion Policies for Bimanual Manipulation").authors()).containsExactly("Åsa Sørensen", "Thị Hương Nguyễn");
        assertThat(entries.get("Reward Hacking in Language Model Agents").arxivId()).isEqualTo("cs/0304003");
        LibraryEntry journal = entries.get("State Space Models for Long Audio");
        assertThat(journal.arxivId()).isEmpty();
        assertThat(journal.doi()).isEqualTo("10.1145/3502.1002");
        assertThat(journal.authors()).containsExactly("Thị Hương Nguyễn", "José Luis García", "Ayşe Çelik");
        assertThat(library.entries().stream().filter(e -> e.abstractText().isEmpty())).hasSize(5);
        assertThat(library.entries().stream().filter(e -> !e.arxivId().isEmpty())).hasSize(24);
        assertThat(library.entries()).allSatisfy(e -> assertThat(e.line()).isPositive());
    }

    @Test
    void bibtexReadsScholarJournalsMacrosBracesAndOthers() throws Exception {
        Map<String, LibraryEntry> entries = byTitle(Libraries.read("library.bib", resource("library.bib")).entries());

        assertThat(entries.get("Diffusion Policies for Bimanual Manipulation").arxivId()).isEqualTo("2002.10211");
        assertThat(entries).containsKey("Calibrated Uncertainty for Vision Transformers");
        assertThat(entries.get("Token Merging in Video Diffusion").authors()).doesNotContain("others").hasSize(4);
        assertThat(entries.get("Sparse Mixture-of-Experts Routing").line()).isEqualTo(4);
        assertThat(entries.get("Sparse Mixture-of-Experts Routing").year()).isEqualTo("2019");
    }

    @Test
    void aPlainListTakesIdsUrlsAndDois() throws Exception {
        Libraries.Library library = Libraries.read("ids.txt", resource("ids.txt"));

        assertThat(library.format()).isEqualTo(LibraryFormat.ID_LIST);
        assertThat(library.entries()).extracting(LibraryEntry::arxivId).contains("1901.10000", "2002.10211", "cs/0304003", "2406.11055");
        assertThat(library.entries()).extracting(LibraryEntry::doi).contains("10.1145/3502.1002");
        assertThat(library.entries()).hasSize(26);
    }

    @Test
    void aMalformedBibtexFileSaysWhereAndHowFarItGot() {
        String bib = "@article{a, title = {One}, year = 2020}\n@article{b, title = {Two}}\n\n@article{c,\n  title = {Three\n  year = 2021\n}\n";

        assertThatThrownBy(() -> Libraries.parse("broken.bib", bib)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("broken.bib").hasMessageContaining("line ").hasMessageContaining("(2 entries read before it)");
    }

    @Test
    void aMalformedRisOrListSaysTheLine() {
        String ris = "TY  - JOUR\nTI  - Fine\nER  - \n\nTY  - JOUR\nTI  - Never closed\n";
        assertThatThrownBy(() -> Libraries.parse("x.ris", ris)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("line 5").hasMessageContaining("(1 entry read before it)");
        String list = "2506.20639\nhttps://arxiv.org/abs/2506.20640\nAttention is all you need\n";
        assertThatThrownBy(() -> Libraries.parse("ids.txt", list)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("line 3: \"Attention is all you need\" is not an arXiv id").hasMessageContaining("(2 entries read before it)");
    }

    @Test
    void aCsvWithoutTitlesOrWithABrokenQuoteIsRefused() {
        assertThatThrownBy(() -> Libraries.parse("x.csv", "Name,Year\nfoo,2020\n")).hasMessageContaining("\"Title\" column");
        assertThatThrownBy(() -> Libraries.parse("x.csv", "\"Title\",\"Url\"\n\"One\",\"u\"\n\"Two,\"u\n")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("(1 entry read before it)");
    }

    @Test
    void emptyAndOversizedFilesGetOneClearAnswer() {
        assertThatThrownBy(() -> Libraries.read("empty.bib", "  \n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty.bib is empty");
        assertThatThrownBy(() -> Libraries.read("huge.bib", new byte[Libraries.MAX_BYTES + 1])).hasMessageContaining("at most 5 MB");
        assertThatThrownBy(() -> Libraries.parse("notes.bib", "% nothing but a comment\n")).hasMessageContaining("no BibTeX entries");
    }
}
