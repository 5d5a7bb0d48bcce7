package dev.paperboy.app;

import dev.paperboy.summary.ChainSummarizer;
import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.HfSummaryProvider;
import dev.paperboy.summary.LlmSettings;
import dev.paperboy.summary.LlmSummaryProvider;
import dev.paperboy.summary.OpenAiChatClient;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.summary.SummaryPrompt;
import dev.paperboy.summary.SummaryProvider;
import dev.paperboy.summary.SummaryStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the summarizer {@code summary.mode} asks for: providers in order, the extractive summary last. The
 * settings are checked before the database opens, so a bad one is a clear error, not a half-built graph.
 */
final class SummaryWiring {

    static final String API_KEY_ENV = "PAPERBOY_LLM_API_KEY";

    private SummaryWiring() {
    }

    /** Where summaries are read from: the LLM cache, and the papers' own Hugging Face ai_summary. */
    record Stores(SummaryStore summaries, dev.paperboy.paper.PaperStore papers) {
    }

    static Function<Stores, Summarizer> summarizer(Config config, Map<String, String> env, Clock clock) throws ConfigException {
        int maxChars = maxChars(config);
        ExtractiveSummarizer extractive = new ExtractiveSummarizer(maxChars);
        List<Function<Stores, SummaryProvider>> providers = new ArrayList<>();
        for (String mode : config.list("summary.mode")) {
            String m = mode.toLowerCase(Locale.ROOT);
            if (m.equals("extractive")) {
                break;
            }
            switch (m) {
                case "llm" -> {
                    LlmSettings settings = llmSettings(config, env);
                    SummaryPrompt prompt = SummaryPrompt.load();
                    OpenAiChatClient client = new OpenAiChatClient(settings);
                    providers.add(stores -> new LlmSummaryProvider(client, settings, prompt, stores.summaries(), clock, maxChars));
                }
                // The sources keep ai_summary with the paper; one saved in the summary store also counts.
                case "hf" -> providers.add(stores -> new HfSummaryProvider(paper -> stores.papers().aiSummary(paper.id())
                        .or(() -> stores.summaries().find(paper.id(), HfSummaryProvider.MODEL, HfSummaryProvider.VERSION)), maxChars));
                default -> throw new ConfigException("summary.mode takes extractive, llm, hf or a list of them, got '" + mode + "'");
            }
        }
        if (providers.isEmpty()) {
            return stores -> extractive;
        }
        return stores -> new ChainSummarizer(providers.stream().map(p -> p.apply(stores)).toList(), extractive);
    }

    static int maxChars(Config config) throws ConfigException {
        int maxChars = config.integer("summary.max-chars");
        if (maxChars < 40 || maxChars > 2000) {
            throw new ConfigException("summary.max-chars must be 40..2000, got " + maxChars);
        }
        return maxChars;
    }

    static LlmSettings llmSettings(Config config, Map<String, String> env) throws ConfigException {
        URI base;
        try {
            base = new URI(config.string("summary.llm.base-url").strip());
        } catch (URISyntaxException e) {
            throw new ConfigException("summary.llm.base-url is not a URL: " + e.getMessage());
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new ConfigException("summary.llm.base-url must start with http:// or https://, got '" + base + "'");
        }
        String model = config.string("summary.llm.model").strip();
        if (model.isEmpty()) {
            throw new ConfigException("summary.llm.model must name a model, e.g. gpt-4o-mini");
        }
        int timeout = config.integer("summary.llm.timeout-seconds");
        if (timeout < 1) {
            throw new ConfigException("summary.llm.timeout-seconds must be at least 1, got " + timeout);
        }
        return new LlmSettings(base, model, apiKey(env), Duration.ofSeconds(timeout), config.integer("summary.llm.max-tokens"),
                config.decimal("summary.llm.temperature"), Duration.ofSeconds(Math.max(0, config.integer("summary.llm.cooldown-seconds"))));
    }

    private static Optional<String> apiKey(Map<String, String> env) throws ConfigException {
        String direct = env.get(API_KEY_ENV);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(direct.strip());
        }
        String file = env.get(API_KEY_ENV + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(file)).strip()).filter(k -> !k.isEmpty());
        } catch (IOException e) {
            throw new ConfigException(API_KEY_ENV + "_FILE names " + file + ", which cannot be read");
        }
    }
}
