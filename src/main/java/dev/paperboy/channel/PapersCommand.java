package dev.paperboy.channel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code /papers} commands, parsed once and the same on every platform. */
public sealed interface PapersCommand {

    /** {@code help}: the grammar. */
    record Help() implements PapersCommand {
    }

    /** {@code tags}: the vocabulary, with the channel's own marked. */
    record Tags() implements PapersCommand {
    }

    record Subscribe(List<String> tags) implements PapersCommand {
    }

    record Unsubscribe(List<String> tags) implements PapersCommand {
    }

    /** {@code digest [n]}: a digest now, of the channel's size or {@code n} papers. */
    record Digest(Optional<Integer> size) implements PapersCommand {
    }

    record Search(String query) implements PapersCommand {
    }

    /** {@code schedule HH:MM [zone] [days]}; an absent zone or days keeps the channel's current one. */
    record ScheduleAt(LocalTime time, Optional<ZoneId> zone, Optional<Set<DayOfWeek>> days) implements PapersCommand {
    }

    record ScheduleOff() implements PapersCommand {
    }

    record Size(int size) implements PapersCommand {
    }

    /** {@code layout channel|thread}: where a digest's papers go. */
    record SetLayout(Layout layout) implements PapersCommand {
    }

    /** {@code seed <id>…}: papers that show the channel's taste. */
    record Seed(List<String> papers) implements PapersCommand {
    }

    record Like(String paper) implements PapersCommand {
    }

    record Dislike(String paper) implements PapersCommand {
    }

    record Why(String paper) implements PapersCommand {
    }

    record Settings() implements PapersCommand {
    }

    /**
     * {@code tag <id> [+tag|-tag]…}: shows a paper's tags, or corrects them (adds and removes); {@code tag <id>
     * reset} gives the paper back to the tagger.
     */
    record TagPaper(String paper, List<String> add, List<String> remove, boolean reset) implements PapersCommand {

        public boolean edits() {
            return reset || !add.isEmpty() || !remove.isEmpty();
        }
    }
}
