package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks each provider in order and falls back to the extractive summary, so every paper message has a summary
 * whatever an outside service does. A provider that throws is treated as having none: a summary is never worth
 * a digest that does not go out.
 */
public final class ChainSummarizer implements Summarizer {

    private static final Logger log = LoggerFactory.getLogger(ChainSummarizer.class);

    private final List<SummaryProvider> providers;
    private final Summarizer fallback;

    public ChainSummarizer(List<SummaryProvider> providers, Summarizer fallback) {
        this.providers = List.copyOf(providers);
        this.fallback = fallback;
    }

    @Override
    public String summarize(Paper paper) {
        for (SummaryProvider provider : providers) {
            Optional<String> summary;
            try {
                summary = provider.summarize(paper);
            } catch (RuntimeException e) {
                log.warn("summary provider failed provider={} paper={} error={}", provider.name(), paper.id(), e.toString());
                summary = Optional.empty();
            }
            if (summary.isPresent() && !summary.get().isBlank()) {
                return summary.get();
            }
        }
        return fallback.summarize(paper);
    }

    public List<String> providerNames() {
        return providers.stream().map(SummaryProvider::name).toList();
    }
}
