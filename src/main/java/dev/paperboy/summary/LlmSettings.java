package dev.paperboy.summary;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to ask an OpenAI-compatible chat API. The key comes from the environment, never from config,
 * and {@link #toString()} does not show it, so a logged settings object cannot leak it.
 */
public record LlmSettings(URI baseUrl, String model, Optional<String> apiKey, Duration timeout, int maxTokens, double temperature,
                          Duration cooldown) {

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(k -> !k.isBlank());
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the LLM timeout must be positive");
        }
    }

    /** {@code <base>/chat/completions}, whether or not the base ends with a slash. */
    public URI completionsUrl() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)")
                + ", timeout=" + timeout + ", maxTokens=" + maxTokens + ", temperature=" + temperature + ", cooldown=" + cooldown + "]";
    }
}
