package dev.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperIdsTest {

    @Test
    void arxivIdsLoseTheirVersionAndKeepItApart() {
        assertThat(PaperIds.parseArxiv("2506.20639v2")).contains(new PaperIds.ArxivId("2506.20639", 2));
        assertThat(PaperIds.parseArxiv("arXiv:2506.20639")).contains(new PaperIds.ArxivId("2506.20639", 0));
        assertThat(PaperIds.parseArxiv("https://arxiv.org/abs/2406.07887v1")).contains(new PaperIds.ArxivId("2406.07887", 1));
        assertThat(PaperIds.parseArxiv("https://arxiv.org/pdf/2406.07887v3.pdf")).contains(new PaperIds.ArxivId("2406.07887", 3));
        assertThat(PaperIds.parseArxiv("hep-th/9901001v1")).contains(new PaperIds.ArxivId("hep-th/9901001", 1));
        assertThat(PaperIds.parseArxiv("cs.LG/0101001")).contains(new PaperIds.ArxivId("cs/0101001", 0));
    }

    @Test
    void textThatIsNotAnIdIsRefused() {
        assertThat(PaperIds.parseArxiv("reinforcement")).isEmpty();
        assertThat(PaperIds.parseArxiv("2506.206")).isEmpty();
        assertThat(PaperIds.parseArxiv("https://example.org/abs/2506.20639")).isEmpty();
        assertThat(PaperIds.parseArxiv("*:*")).isEmpty();
    }

    @Test
    void findsAnIdInsideFreeText() {
        assertThat(PaperIds.findArxiv("Apple tries alternatives (https://arxiv.org/abs/2506.20639).")).contains(new PaperIds.ArxivId("2506.20639", 0));
    }

    @Test
    void contentIdsAreStableAcrossSpacingAndCase() {
        String a = PaperIds.contentDerived("Energy-Based Transformers are Scalable", "x");
        String b = PaperIds.contentDerived("  energy based transformers   are scalable ", "y");
        assertThat(a).isEqualTo(b).matches("pb-[0-9a-f]{16}");
        assertThat(PaperIds.isContentDerived(a)).isTrue();
        assertThat(PaperIds.isArxiv(a)).isFalse();
        assertThat(PaperIds.contentDerived("", "Only an abstract.")).isEqualTo(PaperIds.contentDerived(null, "only an abstract"));
    }
}
