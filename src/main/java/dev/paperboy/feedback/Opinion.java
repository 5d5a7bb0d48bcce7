package dev.paperboy.feedback;

/** How a channel's members feel about one paper: each member counted once, by their latest vote. */
public record Opinion(String paperId, int positive, int negative, int saves) {

    /** Liked on balance (a save counts as a like). */
    public boolean liked() {
        return positive + saves > negative;
    }

    /** Disliked on balance. */
    public boolean disliked() {
        return negative > positive + saves;
    }
}
