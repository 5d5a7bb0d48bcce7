package dev.paperboy.paper.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperIds;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Paperboy writes reads back to the same papers: ids, titles, authors and abstracts, special characters too. */
class ExportRoundTripTest {

    private static final Instant T = Instant.parse("2025-06-25T00:00:00Z");
    private static final String NO_TITLE = "Abstract only, as a reading list gives it: 100% recall & {braces}.";

    static final List<Paper> PAPERS = List.of(
            new Paper("2506.20639", "Attention Costs $O(n^2)$: 50% & More {Tricks} for #Long_Contexts", "We cut cost by 30% with a~b "
                    + "and x^2 tricks; see path\\to\\file.", List.of("José García", "Åsa Sørensen", "Wei Zhang"), List.of("cs.LG"), T, 0, 2, "arxiv"),
            new Paper("hep-th/9901001", "Strings on a Lattice", "We put strings on a lattice.", List.of("Jan Novák"), List.of("hep-th"),
                    Instant.parse("1999-01-04T00:00:00Z"), 0, 3, "arxiv"),
            new Paper("2506.20640", "Attention Costs Again", "Same first author, same year: the key must differ.",
                    List.of("José García"), List.of("cs.LG"), T, 0, 1, "arxiv"),
            new Paper(PaperIds.contentDerived("A Journal Paper", ""), "A Journal Paper", "Imported from its own abstract.", List.of(),
                    List.of(), T, 0, 0, "library"),
            new Paper(PaperIds.contentDerived(null, NO_TITLE), "", NO_TITLE, List.of(), List.of(), T, 0, 0, "reading-list"));

    @ParameterizedTest
    @ValueSource(strings = {"saved.bib", "saved.csv"})
    void whatIsWrittenReadsBackToTheSamePapers(String file) throws Exception {
        String text = file.endsWith(".bib") ? new BibtexWriter().write(PAPERS) : new CsvWriter().write(PAPERS);

        List<LibraryEntry> back = Libraries.parse(file, text).entries();

        assertThat(back).hasSize(PAPERS.size());
        for (int i = 0; i < PAPERS.size(); i++) {
            Paper p = PAPERS.get(i);
            LibraryEntry e = back.get(i);
            assertThat(e.title()).isEqualTo(p.title());
            assertThat(e.abstractText()).isEqualTo(p.abstractText());
            assertThat(e.authors()).isEqualTo(p.authors());
            assertThat(e.arxivId()).isEqualTo(p.isArxiv() ? p.id() : "");
            if (!p.isArxiv()) {
                assertThat(PaperIds.contentDerived(e.title(), e.abstractText())).isEqualTo(p.id());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void bibtexKeysAreUniqueAndBracesBalanced() {
        String bib = new BibtexWriter().write(PAPERS);

        List<String> keys = bib.lines().filter(l -> l.startsWith("@")).map(l -> l.substring(l.indexOf('{') + 1, l.length() - 1)).toList();
        assertThat(keys).doesNotHaveDuplicates().contains("garcia2025attention", "garcia2025attentionb", "novak1999strings");
        long open = bib.chars().filter(c -> c == '{').count() - bib.split("\\\\\\{", -1).length + 1;
        long close = bib.chars().filter(c -> c == '}').count() - bib.split("\\\\\\}", -1).length + 1;
        assertThat(open).isEqualTo(close);
    }
}
