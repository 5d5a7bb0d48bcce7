package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the bot's object graph: a setting found wrong half way leaves nothing open behind it. */
class WiringTest {

    @TempDir
    Path dir;

    private Config config(String... more) throws ConfigException {
        List<String> sets = new ArrayList<>(List.of("db.url=jdbc:h2:" + dir.resolve("db").toAbsolutePath(), "embed.enabled=false",
                "tags.tagger=keyword", "ranking.mode=tags-only", "search.index-dir=" + dir.resolve("index")));
        sets.addAll(List.of(more));
        return Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), sets);
    }

    @Test
    void givenASourceSettingIsWrong_whenTheBotStarts_thenItSaysSoAndTheIndexAndDatabaseAreFreeForTheNextStart() throws Exception {
        // The sources are built last, after the database and the search index opened.
        assertThatThrownBy(() -> Wiring.open(config("sources.http.retries=-1"), Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sources.http.retries");

        try (Wiring app = Wiring.open(config(), Clock.systemUTC())) {
            assertThat(app.database().problem()).isEmpty();
            assertThat(app.papers().count()).isZero();
        }
    }
}
