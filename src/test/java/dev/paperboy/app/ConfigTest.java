package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @Test
    void precedenceIsDefaultsThenFileThenEnvironmentThenSet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paperboy.yaml");
        Files.writeString(file, "digest:\n  size: 3\n  freshness-days: 10\nranking:\n  mode: random\n");
        Map<String, String> env = Map.of("PAPERBOY_DIGEST_FRESHNESS_DAYS", "20", "PAPERBOY_RANKING_MODE", "tags-only");
        Config config = Config.load(file, true, env, List.of("ranking.mode=random"));
        assertThat(config.integer("summary.max-chars")).isEqualTo(280);  // built-in default
        assertThat(config.integer("digest.size")).isEqualTo(3);          // file
        assertThat(config.integer("digest.freshness-days")).isEqualTo(20); // environment over file
        assertThat(config.string("ranking.mode")).isEqualTo("random");   // --set over environment
        assertThat(config.list("feedback.save")).containsExactly("bookmark", "pushpin");
    }

    @Test
    void typosAreErrorsWithSuggestions(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Config.load(dir.resolve("none.yaml"), false, Map.of(), List.of("digest.sise=3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("digest.size");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "digest:\n  sizes: 3\n");
        assertThatThrownBy(() -> Config.load(file, true, Map.of(), List.of())).hasMessageContaining("digest.sizes");
        assertThatThrownBy(() -> Config.load(dir.resolve("missing.yaml"), true, Map.of(), List.of())).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Config.load(dir.resolve("missing.yaml"), false, Map.of(), List.of("digest.size")))
                .hasMessageContaining("key=value");
    }

    @Test
    void environmentNamesUseUnderscores() {
        assertThat(Config.envName("tags.keyword-threshold")).isEqualTo("PAPERBOY_TAGS_KEYWORD_THRESHOLD");
    }
}
