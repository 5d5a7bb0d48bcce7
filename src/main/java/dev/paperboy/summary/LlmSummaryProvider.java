package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries from an LLM, asked once per paper, model and prompt version (the {@link SummaryStore} remembers the
 * answer). When the service fails (timeout, refused, HTTP error) it is left alone for a cool-down, so a digest
 * of five papers waits for one timeout, not five; a reply that is merely unusable only skips that paper.
 */
public final class LlmSummaryProvider implements SummaryProvider {

    private static final Logger log = LoggerFactory.getLogger(LlmSummaryProvider.class);
    /** Reasoning models may think aloud before answering; only the answer is the summary. */
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    private static final Pattern LABEL = Pattern.compile("^(summary|take|tl;?dr|one-line take)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private final OpenAiChatClient client;
    private final LlmSettings settings;
    private final SummaryPrompt prompt;
    private final SummaryStore cache;
    private final Clock clock;
    private final int maxChars;
    private volatile Instant pausedUntil = Instant.MIN;

    public LlmSummaryProvider(OpenAiChatClient client, LlmSettings settings, SummaryPrompt prompt, SummaryStore cache, Clock clock,
                              int maxChars) {
        this.client = client;
        this.settings = settings;
        this.prompt = prompt;
        this.cache = cache;
        this.clock = clock;
        this.maxChars = maxChars;
    }

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public Optional<String> summarize(Paper paper) {
        Optional<String> cached = cache.find(paper.id(), settings.model(), prompt.version());
        if (cached.isPresent()) {
            return cached;
        }
        if (paper.abstractText().isBlank() || clock.instant().isBefore(pausedUntil)) {
            return Optional.empty();
        }
        try {
            String summary = tidy(client.complete(prompt.system(paper, maxChars), prompt.user(paper, maxChars)));
            cache.save(paper.id(), settings.model(), prompt.version(), summary, clock.instant());
            return Optional.of(summary);
        } catch (LlmException e) {
            if (e.kind() == LlmException.Kind.UNAVAILABLE) {
                pausedUntil = clock.instant().plus(settings.cooldown());
            }
            log.warn("llm summary failed paper={} model={} reason=\"{}\" using=extractive{}", paper.id(), settings.model(), e.getMessage(),
                    e.kind() == LlmException.Kind.UNAVAILABLE ? " paused_for=" + settings.cooldown() : "");
            return Optional.empty();
        }
    }

    /** One clean line: no thinking, label, quotes or markdown emphasis; cut to the chat length. */
    private String tidy(String reply) throws LlmException {
        String s = THINKING.matcher(reply).replaceAll("").replaceAll("\\s+", " ").strip();
        s = unquote(LABEL.matcher(unquote(s)).replaceFirst("")).replaceAll("\\*\\*|__", "").strip();
        if (s.length() < 10) {
            throw new LlmException(LlmException.Kind.BAD_REPLY, "reply too short to be a summary (" + s.length() + " chars)");
        }
        return ChatText.shorten(s, maxChars);
    }

    private static String unquote(String s) {
        return s.replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip();
    }
}
