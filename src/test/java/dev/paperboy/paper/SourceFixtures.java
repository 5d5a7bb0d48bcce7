package dev.paperboy.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The source fixtures under {@code src/test/resources/sources/}: responses in the real services' formats. */
public final class SourceFixtures {

    private SourceFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
