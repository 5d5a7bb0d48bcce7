package dev.paperboy.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit's documented limits, as Slack enforces them on {@code chat.postMessage} (it answers
 * {@code invalid_blocks} with the offending paths): 50 blocks; a header's plain text 150 characters; a section's
 * text 3,000 and 10 fields of 2,000; a context block's 10 elements, each text 3,000; a block_id 255; and the
 * message's top-level text 40,000.
 */
final class BlockKitLimits {

    private BlockKitLimits() {
    }

    static List<String> check(String text, JsonNode blocks) {
        List<String> wrong = new ArrayList<>();
        if (text != null && text.length() > 40_000) {
            wrong.add("text: more than 40000 characters");
        }
        if (blocks == null) {
            return wrong;
        }
        if (blocks.size() > 50) {
            wrong.add("no more than 50 items allowed [json-pointer:/blocks]");
        }
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String at = "/blocks/" + i;
            length(wrong, block.path("block_id").asText(""), 255, at + "/block_id");
            switch (block.path("type").asText()) {
                case "header" -> length(wrong, block.path("text").path("text").asText(), 150, at + "/text/text");
                case "section" -> {
                    length(wrong, block.path("text").path("text").asText(""), 3000, at + "/text/text");
                    if (block.path("fields").size() > 10) {
                        wrong.add("no more than 10 items allowed [json-pointer:" + at + "/fields]");
                    }
                    for (int f = 0; f < block.path("fields").size(); f++) {
                        length(wrong, block.path("fields").get(f).path("text").asText(), 2000, at + "/fields/" + f + "/text");
                    }
                }
                case "context" -> {
                    if (block.path("elements").size() > 10) {
                        wrong.add("no more than 10 items allowed [json-pointer:" + at + "/elements]");
                    }
                    for (int e = 0; e < block.path("elements").size(); e++) {
                        length(wrong, block.path("elements").get(e).path("text").asText(""), 3000, at + "/elements/" + e + "/text");
                    }
                }
                default -> {
                }
            }
        }
        return wrong;
    }

    private static void length(List<String> wrong, String value, int max, String pointer) {
        if (value.length() > max) {
            wrong.add("must be less than " + (max + 1) + " characters [json-pointer:" + pointer + "]");
        }
    }
}
