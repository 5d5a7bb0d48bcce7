package dev.paperboy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FireTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weekdaysSkipTheWeekend() {
        Schedule s = new Schedule(true, LocalTime.of(9, 0), ZoneId.of("UTC"), Schedule.WEEKDAYS);
        // Friday 2025-07-04 08:00 to Tuesday 2025-07-08 10:00.
        assertThat(FireTimes.between(s, Instant.parse("2025-07-04T08:00:00Z"), Instant.parse("2025-07-08T10:00:00Z")))
                .containsExactly(Instant.parse("2025-07-04T09:00:00Z"), Instant.parse("2025-07-07T09:00:00Z"),
                        Instant.parse("2025-07-08T09:00:00Z"));
    }

    @Test
    void localTimeHoldsAcrossADstChange() {
        Schedule s = new Schedule(true, LocalTime.of(9, 0), BERLIN, Schedule.DAILY);
        // Europe/Berlin leaves summer time on 2025-10-26: 09:00 is 07:00Z before and 08:00Z after.
        assertThat(FireTimes.between(s, Instant.parse("2025-10-25T00:00:00Z"), Instant.parse("2025-10-27T00:00:00Z")))
                .containsExactly(Instant.parse("2025-10-25T07:00:00Z"), Instant.parse("2025-10-26T08:00:00Z"));
    }

    @Test
    void aSkippedLocalTimeFiresJustAfterTheGap() {
        Schedule s = new Schedule(true, LocalTime.of(2, 30), BERLIN, EnumSet.of(DayOfWeek.SUNDAY));
        // 2025-03-30 02:30 does not exist in Berlin; it fires at 03:30 local = 01:30Z.
        assertThat(FireTimes.between(s, Instant.parse("2025-03-29T00:00:00Z"), Instant.parse("2025-03-31T00:00:00Z")))
                .containsExactly(Instant.parse("2025-03-30T01:30:00Z"));
    }

    @Test
    void theStartIsExclusiveAndTheEndInclusive() {
        Schedule s = new Schedule(true, LocalTime.of(9, 0), ZoneId.of("UTC"), Schedule.DAILY);
        Instant nine = Instant.parse("2025-07-04T09:00:00Z");
        assertThat(FireTimes.between(s, nine, nine.plusSeconds(3600))).isEmpty();
        assertThat(FireTimes.between(s, nine.minusSeconds(1), nine)).containsExactly(nine);
        assertThat(FireTimes.between(s.off(), nine.minusSeconds(1), nine)).isEmpty();
    }
}
