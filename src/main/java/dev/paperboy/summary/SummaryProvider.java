package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.Optional;

/**
 * One way to get a summary that may have none for a paper (an LLM that timed out, a paper Hugging Face never
 * summarized). Empty means "ask the next one"; {@link ChainSummarizer} ends the chain with the extractive summary.
 */
public interface SummaryProvider {

    /** A short name for logs and config: {@code llm}, {@code hf}. */
    String name();

    Optional<String> summarize(Paper paper);
}
