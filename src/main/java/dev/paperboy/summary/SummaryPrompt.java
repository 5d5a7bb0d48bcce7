package dev.paperboy.summary;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The LLM prompt, kept in {@code src/main/resources/prompts/summary.txt} so it can be read and changed without
 * touching code. The file has a {@code [system]} and a {@code [user]} section; lines starting with {@code #} are
 * comments; {@code {{title}}}, {@code {{abstract}}} and {@code {{max_chars}}} are filled in. Its version is a hash
 * of the text, so editing the prompt retires the summaries cached with the old one.
 */
public record SummaryPrompt(String system, String user, String version) {

    public static final String RESOURCE = "/prompts/summary.txt";

    public static SummaryPrompt load() {
        try (InputStream in = SummaryPrompt.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the prompt " + RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SummaryPrompt parse(String text) {
        StringBuilder system = new StringBuilder();
        StringBuilder user = new StringBuilder();
        StringBuilder current = null;
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            switch (line.strip()) {
                case "[system]" -> current = system;
                case "[user]" -> current = user;
                default -> {
                    if (current != null) {
                        current.append(line).append('\n');
                    }
                }
            }
        }
        if (user.toString().isBlank()) {
            throw new IllegalArgumentException("the summary prompt needs a [user] section");
        }
        return new SummaryPrompt(system.toString().strip(), user.toString().strip(), hash(text));
    }

    public String system(Paper paper, int maxChars) {
        return fill(system, paper, maxChars);
    }

    public String user(Paper paper, int maxChars) {
        return fill(user, paper, maxChars);
    }

    private static String fill(String template, Paper paper, int maxChars) {
        return template.replace("{{title}}", paper.displayTitle())
                .replace("{{abstract}}", ChatText.clean(paper.abstractText()))
                .replace("{{max_chars}}", Integer.toString(maxChars));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
