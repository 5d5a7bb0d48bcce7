package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void givenAbbreviationsDecimalsAndInitials_whenSplit_thenOnlyRealSentenceEndsSplit() {
        String text = "Prior work (e.g. Smith et al. 2020) reaches 71.5% accuracy. We compare to J. Doe's model vs. ours. "
                + "It is 2x faster! (1) The first point. 3D scenes follow.";
        List<Sentence> sentences = Sentences.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Prior work (e.g. Smith et al. 2020) reaches 71.5% accuracy.",
                "We compare to J. Doe's model vs. ours.",
                "It is 2x faster!",
                "(1) The first point.",
                "3D scenes follow.");
    }

    @Test
    void givenAnyText_whenSplit_thenEachSentenceKnowsWhereItLiesInTheRawText() {
        String text = "  First one.\n  Second \"quoted.\" Third?  ";
        for (Sentence s : Sentences.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(Sentences.split(text)).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(Sentences.split("   ")).isEmpty();
    }
}
