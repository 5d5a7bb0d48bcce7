package dev.paperboy.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One call to {@code POST <base>/chat/completions} of an OpenAI-compatible API (OpenAI, Ollama, vLLM, llama.cpp's
 * server…), with the JDK's HTTP client and a hard timeout. Every way it can fail becomes an {@link LlmException}
 * whose message names the failure but never the key or the prompt.
 */
public final class OpenAiChatClient {

    private final LlmSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public OpenAiChatClient(LlmSettings settings) {
        this.settings = settings;
        // HTTP/1.1: local servers often do not speak h2c, and one short request gains nothing from HTTP/2.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build();
    }

    public String complete(String system, String user) throws LlmException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.completionsUrl())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(system, user), StandardCharsets.UTF_8));
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new LlmException(LlmException.Kind.UNAVAILABLE, "no reply within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.UNAVAILABLE, "cannot reach " + settings.completionsUrl().getHost() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.UNAVAILABLE, "interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new LlmException(LlmException.Kind.UNAVAILABLE, "HTTP " + response.statusCode());
        }
        return content(response.body());
    }

    private String body(String system, String user) {
        ObjectNode body = json.createObjectNode();
        body.put("model", settings.model());
        var messages = body.putArray("messages");
        if (!system.isBlank()) {
            messages.addObject().put("role", "system").put("content", system);
        }
        messages.addObject().put("role", "user").put("content", user);
        body.put("max_tokens", settings.maxTokens());
        body.put("temperature", settings.temperature());
        return body.toString();
    }

    private String content(String body) throws LlmException {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.BAD_REPLY, "reply is not JSON");
        }
        JsonNode content = tree == null ? null : tree.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual() || content.asText().isBlank()) {
            throw new LlmException(LlmException.Kind.BAD_REPLY, "reply has no choices[0].message.content");
        }
        return content.asText();
    }
}
