package dev.paperboy.summary;

import dev.paperboy.paper.Paper;

/** A one-line take on a paper, short enough for a chat message. */
public interface Summarizer {

    String summarize(Paper paper);
}
