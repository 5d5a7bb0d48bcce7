package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hugging Face's own summary of a paper ({@code ai_summary} in its daily papers API), when one is known. Where
 * it comes from is a function, so the feed that reads it can keep it anywhere: by default the
 * {@link SummaryStore} under {@link #MODEL}.
 */
public final class HfSummaryProvider implements SummaryProvider {

    /** The model and version an HF ai_summary is saved under in the {@link SummaryStore}. */
    public static final String MODEL = "huggingface:ai_summary";
    public static final String VERSION = "1";

    private final Function<Paper, Optional<String>> lookup;
    private final int maxChars;

    public HfSummaryProvider(Function<Paper, Optional<String>> lookup, int maxChars) {
        this.lookup = lookup;
        this.maxChars = maxChars;
    }

    /** Reads ai_summaries saved in the store. */
    public static HfSummaryProvider fromStore(SummaryStore store, int maxChars) {
        return new HfSummaryProvider(paper -> store.find(paper.id(), MODEL, VERSION), maxChars);
    }

    @Override
    public String name() {
        return "hf";
    }

    @Override
    public Optional<String> summarize(Paper paper) {
        return lookup.apply(paper).map(ChatText::clean).filter(s -> !s.isBlank()).map(s -> ChatText.shorten(s, maxChars));
    }
}
