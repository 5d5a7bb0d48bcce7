package dev.paperboy.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord's documented limits on what a bot sends, checked by the local Discord the way Discord checks them
 * (it answers 400 "Invalid Form Body", code 50035). From the developer documentation: message content 2,000
 * characters and 10 embeds; an embed's title 256, description 4,096, 25 fields with names of 256 and values of
 * 1,024, footer 2,048, author name 256, and 6,000 characters over all embeds of a message; a nonce of 25; a
 * thread name of 1-100; 25 autocomplete choices with names of 1-100 and values of 100; a command's name 1-32
 * lower case, description 1-100, 25 options, and 4,000 characters over its names, descriptions and choices.
 */
final class DiscordLimits {

    private DiscordLimits() {
    }

    /** What is wrong with a message create or edit body; empty when Discord would take it. */
    static List<String> message(JsonNode body) {
        List<String> wrong = new ArrayList<>();
        at(wrong, "content", text(body, "content"), 0, 2000);
        JsonNode embeds = body.path("embeds");
        if (embeds.size() > 10) {
            wrong.add("embeds: more than 10");
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            at(wrong, "embed.title", text(embed, "title"), 0, 256);
            at(wrong, "embed.description", text(embed, "description"), 0, 4096);
            at(wrong, "embed.footer.text", text(embed.path("footer"), "text"), 0, 2048);
            at(wrong, "embed.author.name", text(embed.path("author"), "name"), 0, 256);
            at(wrong, "embed.url", text(embed, "url"), 0, 2048);
            total += text(embed, "title").length() + text(embed, "description").length() + text(embed.path("footer"), "text").length()
                    + text(embed.path("author"), "name").length();
            if (embed.path("fields").size() > 25) {
                wrong.add("embed.fields: more than 25");
            }
            for (JsonNode field : embed.path("fields")) {
                at(wrong, "embed.field.name", text(field, "name"), 1, 256);
                at(wrong, "embed.field.value", text(field, "value"), 1, 1024);
                total += text(field, "name").length() + text(field, "value").length();
            }
        }
        if (total > 6000) {
            wrong.add("embeds: " + total + " characters, more than 6000");
        }
        if (body.has("nonce") && body.get("nonce").isTextual()) {
            at(wrong, "nonce", body.get("nonce").asText(), 1, 25);
        }
        return wrong;
    }

    static List<String> threadName(String name) {
        List<String> wrong = new ArrayList<>();
        at(wrong, "thread name", name, 1, 100);
        return wrong;
    }

    static List<String> choices(JsonNode choices) {
        List<String> wrong = new ArrayList<>();
        if (choices.size() > 25) {
            wrong.add("choices: more than 25");
        }
        for (JsonNode choice : choices) {
            at(wrong, "choice.name", text(choice, "name"), 1, 100);
            at(wrong, "choice.value", choice.path("value").asText(), 1, 100);
        }
        return wrong;
    }

    /** A command definition as sent to {@code PUT …/commands}. */
    static List<String> command(JsonNode command) {
        List<String> wrong = new ArrayList<>();
        String name = text(command, "name");
        if (!name.matches("[-_\\p{Ll}\\p{N}]{1,32}")) {
            wrong.add("command name '" + name + "'");
        }
        at(wrong, "command description", text(command, "description"), 1, 100);
        int total = name.length() + text(command, "description").length() + options(wrong, command.path("options"));
        if (total > 4000) {
            wrong.add("command: " + total + " characters, more than 4000");
        }
        return wrong;
    }

    private static int options(List<String> wrong, JsonNode options) {
        if (options.size() > 25) {
            wrong.add("options: more than 25");
        }
        int total = 0;
        for (JsonNode option : options) {
            String name = text(option, "name");
            if (!name.matches("[-_\\p{Ll}\\p{N}]{1,32}")) {
                wrong.add("option name '" + name + "'");
            }
            at(wrong, "option description", text(option, "description"), 1, 100);
            total += name.length() + text(option, "description").length();
            if (option.path("choices").size() > 25) {
                wrong.add("option " + name + ": more than 25 choices");
            }
            for (JsonNode choice : option.path("choices")) {
                at(wrong, "choice name", text(choice, "name"), 1, 100);
                total += text(choice, "name").length() + choice.path("value").asText().length();
            }
            if (option.path("max_length").asInt(0) > 6000) {
                wrong.add("option " + name + ": max_length over 6000");
            }
            total += options(wrong, option.path("options"));
        }
        return total;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static void at(List<String> wrong, String what, String value, int min, int max) {
        int length = value.length();
        if (length < min || length > max) {
            wrong.add(what + ": " + length + " characters, allowed " + min + "-" + max);
        }
    }
}
