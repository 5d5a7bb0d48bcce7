package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    private final CommandParser parser = new CommandParser();

    @Test
    void parsesEveryVerbWithOrWithoutTheSlashCommand() throws Exception {
        assertThat(parser.parse("/papers")).isInstanceOf(PapersCommand.Help.class);
        assertThat(parser.parse("help")).isInstanceOf(PapersCommand.Help.class);
        assertThat(parser.parse("/papers subscribe rl #Reasoning")).isEqualTo(new PapersCommand.Subscribe(List.of("rl", "#Reasoning")));
        assertThat(parser.parse("/papers DIGEST 3")).isEqualTo(new PapersCommand.Digest(Optional.of(3)));
        assertThat(parser.parse("digest")).isEqualTo(new PapersCommand.Digest(Optional.empty()));
        assertThat(parser.parse("search \"state space\" tag:rl")).isEqualTo(new PapersCommand.Search("\"state space\" tag:rl"));
        assertThat(parser.parse("schedule off")).isInstanceOf(PapersCommand.ScheduleOff.class);
        assertThat(parser.parse("schedule 07:30 Europe/Berlin mon,wed,fri")).isEqualTo(new PapersCommand.ScheduleAt(
                LocalTime.of(7, 30), Optional.of(ZoneId.of("Europe/Berlin")),
                Optional.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))));
        assertThat(parser.parse("schedule 9:00 weekdays")).isEqualTo(new PapersCommand.ScheduleAt(
                LocalTime.of(9, 0), Optional.empty(), Optional.of(Schedule.WEEKDAYS)));
        assertThat(parser.parse("size 7")).isEqualTo(new PapersCommand.Size(7));
        assertThat(parser.parse("seed 2506.20639 https://arxiv.org/abs/2406.07887")).isEqualTo(
                new PapersCommand.Seed(List.of("2506.20639", "https://arxiv.org/abs/2406.07887")));
        assertThat(parser.parse("like 2506.20639")).isEqualTo(new PapersCommand.Like("2506.20639"));
        assertThat(parser.parse("dislike pb-0123456789abcdef")).isEqualTo(new PapersCommand.Dislike("pb-0123456789abcdef"));
        assertThat(parser.parse("why 2506.20639")).isEqualTo(new PapersCommand.Why("2506.20639"));
        assertThat(parser.parse("settings")).isInstanceOf(PapersCommand.Settings.class);
        assertThat(parser.parse("tags")).isInstanceOf(PapersCommand.Tags.class);
        assertThat(parser.parse("layout thread")).isEqualTo(new PapersCommand.SetLayout(Layout.THREAD));
    }

    @Test
    void badInputGetsASentenceNotAStackTrace() {
        assertThatThrownBy(() -> parser.parse("/papers subscrib rl")).hasMessageContaining("Did you mean `subscribe`");
        assertThatThrownBy(() -> parser.parse("/papers schedule 25:00")).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> parser.parse("/papers schedule 9am")).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> parser.parse("/papers schedule 09:00 Mars/Olympus")).hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> parser.parse("/papers schedule 09:00 Berlin")).hasMessageContaining("Europe/Berlin");
        assertThatThrownBy(() -> parser.parse("/papers schedule 09:00 UTC mon,fry")).hasMessageContaining("not a day");
        assertThatThrownBy(() -> parser.parse("/papers digest lots")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> parser.parse("/papers size 0")).hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> parser.parse("/papers search " + "x".repeat(600))).hasMessageContaining("keep it under");
        assertThatThrownBy(() -> parser.parse("/papers search")).hasMessageContaining("Search for what");
        assertThatThrownBy(() -> parser.parse("/papers subscribe")).hasMessageContaining("Which tags");
        assertThatThrownBy(() -> parser.parse("/papers like")).hasMessageContaining("Usage");
        assertThatThrownBy(() -> parser.parse("/weather")).hasMessageContaining("only answer /papers");
        assertThatThrownBy(() -> parser.parse("x".repeat(5000))).hasMessageContaining("characters");
    }

    @Test
    void echoedUserTextCannotBreakOutOfCode() {
        assertThatThrownBy(() -> parser.parse("/papers `rm -rf`")).hasMessageNotContaining("`rm");
    }
}
