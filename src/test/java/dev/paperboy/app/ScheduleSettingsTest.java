package dev.paperboy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GIVEN a bad scheduling setting WHEN the bot starts THEN it says which setting and what it must be. */
class ScheduleSettingsTest {

    private static Config config(String... sets) throws ConfigException {
        return Config.load(Path.of("config/paperboy.yaml"), true, Map.of(), List.of(sets));
    }

    @Test
    void theShippedSettingsAreValid() throws Exception {
        Config config = config();
        assertThat(Settings.ingestCron(config)).isEqualTo("0 10 0/6 * * ?");
        assertThat(Settings.takeover(config).toMinutes()).isEqualTo(5);
        assertThat(Settings.retryPolicy(config).attempts()).isEqualTo(4);
    }

    @Test
    void aBadIngestCronOrZoneIsExplained() {
        assertThatThrownBy(() -> Settings.ingestCron(config("schedule.ingest-cron=every morning")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schedule.ingest-cron must be a Quartz cron expression");
        assertThatThrownBy(() -> Settings.zone(config("schedule.ingest-zone=Mars/Olympus"), "schedule.ingest-zone"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schedule.ingest-zone must be an IANA zone");
    }

    @Test
    void aTakeoverShorterThanTheLongestRetryWaitIsRefused() {
        // Another instance would take a digest over while its owner is still waiting to retry a post.
        assertThatThrownBy(() -> Settings.takeover(config("schedule.takeover-minutes=1", "schedule.post-retry-max-seconds=60")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schedule.takeover-minutes must exceed");
        assertThatThrownBy(() -> Settings.retryPolicy(config("schedule.post-attempts=0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schedule.post-attempts must be 1..20");
    }
}
