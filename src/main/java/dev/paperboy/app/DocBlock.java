package dev.paperboy.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated block inside a hand-written Markdown file, between {@code <!-- name: begin -->} and
 * {@code <!-- name: end -->}: an eval rewrites its numbers and leaves the prose around them alone.
 */
final class DocBlock {

    private DocBlock() {
    }

    static void write(Path file, String name, String title, String content) throws IOException {
        String begin = "<!-- " + name + ": begin (generated; rerun the command to update) -->";
        String end = "<!-- " + name + ": end -->";
        String block = begin + "\n" + content.strip() + "\n" + end;
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int from = old.indexOf("<!-- " + name + ": begin");
            int to = old.indexOf(end);
            text = from >= 0 && to > from
                    ? old.substring(0, from) + block + old.substring(to + end.length())
                    : old.stripTrailing() + "\n\n" + block + "\n";
        } else {
            text = "# " + title + "\n\n" + block + "\n";
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
