package dev.paperboy.summary;

import java.time.Instant;
import java.util.Optional;

/**
 * Summaries made elsewhere, kept per paper and per maker: an LLM's (model, prompt version), so a paper is sent
 * to the LLM once and a new prompt or model is asked afresh; or Hugging Face's ai_summary, saved by whoever
 * reads the HF feed ({@link HfSummaryProvider#MODEL}).
 */
public interface SummaryStore {

    Optional<String> find(String paperId, String model, String promptVersion);

    /** Saves or replaces the summary of this paper by this model and prompt version. */
    void save(String paperId, String model, String promptVersion, String summary, Instant at);
}
