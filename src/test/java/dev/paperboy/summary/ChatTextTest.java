package dev.paperboy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTextTest {

    @Test
    void givenLatexAndCitations_whenCleaned_thenChatShowsPlainText() {
        assertThat(ChatText.clean("Abstract: Our \\textbf{FastNet} is $2\\times$ faster~\\cite{smith20} and cuts error by 5\\% [3, 4]."))
                .isEqualTo("Our FastNet is 2× faster and cuts error by 5%.");
        assertThat(ChatText.clean("As shown before (Smith et al., 2021), it works.")).isEqualTo("As shown before, it works.");
    }

    @Test
    void givenALeadInAndAnAside_whenMadeAChatSentence_thenItStandsAlone() {
        assertThat(ChatText.sentence("In this paper, we propose FastNet (e.g., for phones), a small model."))
                .isEqualTo("We propose FastNet, a small model.");
        assertThat(ChatText.sentence("To address this issue, specifically, we use caching.")).isEqualTo("We use caching.");
    }

    @Test
    void givenALongSentence_whenShortened_thenItEndsAtAClauseWithAnEllipsisWithinTheLimit() {
        String text = "We propose a method that learns to route tokens between experts, which reduces compute by half while keeping "
                + "accuracy, and we release it";
        assertThat(ChatText.shorten(text, 80)).isEqualTo("We propose a method that learns to route tokens between experts…");
        // No clause boundary near the limit: the cut falls between words.
        assertThat(ChatText.shorten(text, 100)).hasSizeLessThanOrEqualTo(100)
                .isEqualTo("We propose a method that learns to route tokens between experts, which reduces compute by half…");
        assertThat(ChatText.shorten("Short enough.", 100)).isEqualTo("Short enough.");
        assertThat(ChatText.shorten("x".repeat(300), 50)).hasSize(50);
    }
}
