package dev.paperboy.channel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code /papers} commands, parsed once and the same on every platform. Each verb carries its own rules: who
 * may run it and who hears the answer. The handler and every adapter read them from here, so a new verb is gated
 * and shown the same way on Slack, Discord and the console.
 */
public sealed interface PapersCommand {

    /** Who may run a verb. */
    enum Who {
        /** Any member of the channel. */
        ANYONE,
        /** Members the platform lets manage the channel (Discord: Manage Channels; Slack: {@code slack.managers}). */
        MANAGERS,
        /**
         * Curators of the papers' tags ({@code tags.curators}): a tag correction changes a paper for every channel
         * and platform sharing the database, so it needs more than the right to manage one channel.
         */
        CURATORS
    }

    /** Who sees a successful answer; an error is always shown only to whoever asked. */
    enum Audience {
        /** Only whoever asked, where the platform allows (Slack and Discord ephemeral answers). */
        CALLER,
        /** The whole channel: a change everyone in it should hear about. */
        CHANNEL
    }

    /** Who may run this command; by default anyone. */
    default Who who() {
        return Who.ANYONE;
    }

    /** Who sees the answer; by default only the caller. */
    default Audience audience() {
        return Audience.CALLER;
    }

    /** Whether {@code caller} may run this command. */
    default boolean allows(Caller caller) {
        return switch (who()) {
            case ANYONE -> true;
            case MANAGERS -> caller.canManage();
            case CURATORS -> caller.canCurate();
        };
    }

    /**
     * Whether this command asks for digests, so a channel that never had scheduled digests starts getting them
     * (and the answer says so). Every other command leaves the channel's schedule as it is.
     */
    default boolean startsDigests() {
        return false;
    }

    /** A change to the channel's subscriptions, schedule, size, layout or taste: for managers, announced to everyone. */
    sealed interface ChannelChange extends PapersCommand {

        @Override
        default Who who() {
            return Who.MANAGERS;
        }

        @Override
        default Audience audience() {
            return Audience.CHANNEL;
        }
    }

    /** The answer to a caller this command does not allow. */
    default String refusal() {
        return who() == Who.CURATORS
                ? "Only curators (`tags.curators`) can do that: it changes papers for every channel."
                : "Only members who may manage this channel can change its follows, mutes, schedule, size or taste.";
    }

    /** {@code help}: the grammar. */
    record Help() implements PapersCommand {
    }

    /** {@code tags}: the vocabulary, with the channel's own marked. */
    record Tags() implements PapersCommand {
    }

    record Subscribe(List<String> tags) implements ChannelChange {

        @Override
        public boolean startsDigests() {
            return true;
        }
    }

    record Unsubscribe(List<String> tags) implements ChannelChange {
    }

    /** {@code follow <query>}: papers matching a search query are candidates ({@code follow tag:rl} is {@code subscribe rl}). */
    record Follow(String query) implements ChannelChange {

        @Override
        public boolean startsDigests() {
            return true;
        }
    }

    /** {@code unfollow <query|n>}. */
    record Unfollow(String query) implements ChannelChange {
    }

    /** {@code mute <query>}: papers matching a search query never reach the channel's digests. */
    record Mute(String query) implements ChannelChange {
    }

    /** {@code unmute <query|n>}. */
    record Unmute(String query) implements ChannelChange {
    }

    /** {@code digest [n]}: a digest now, of the channel's size or {@code n} papers. */
    record Digest(Optional<Integer> size) implements PapersCommand {

        @Override
        public boolean startsDigests() {
            return true;
        }
    }

    record Search(String query) implements PapersCommand {
    }

    /** {@code schedule HH:MM [zone] [days]}; an absent zone or days keeps the channel's current one. */
    record ScheduleAt(LocalTime time, Optional<ZoneId> zone, Optional<Set<DayOfWeek>> days) implements ChannelChange {

        @Override
        public boolean startsDigests() {
            return true;
        }
    }

    record ScheduleOff() implements ChannelChange {
    }

    record Size(int size) implements ChannelChange {
    }

    /** {@code bar off|auto|<0-1>}: how likely to be liked a scheduled digest's papers must be. */
    record SetBar(dev.paperboy.recommend.QualityBar bar) implements ChannelChange {
    }

    /** {@code layout channel|thread}: where a digest's papers go. */
    record SetLayout(Layout layout) implements ChannelChange {
    }

    /**
     * {@code seed <id>…}: papers that show the channel's taste, as ids, arXiv URLs or DOIs, and a reading list sent
     * with the command (Discord's attachment).
     */
    record Seed(List<String> papers, Optional<Attachment> file) implements PapersCommand {

        public Seed(List<String> papers) {
            this(papers, Optional.empty());
        }

        /** Seeds shape what the whole channel is shown, so the channel hears of them. */
        @Override
        public Audience audience() {
            return Audience.CHANNEL;
        }

        @Override
        public boolean startsDigests() {
            return true;
        }
    }

    /** {@code unseed <id>…}: takes seeds back (a mistaken or unwanted one); the channel hears of it. */
    record Unseed(List<String> papers) implements PapersCommand {

        @Override
        public Audience audience() {
            return Audience.CHANNEL;
        }
    }

    /** {@code forget}: resets the channel's taste (votes, reactions' meaning, seeds); what was delivered stays delivered. */
    record Forget() implements ChannelChange {
    }

    /** {@code saved [page]} and {@code saved bibtex}: the papers bookmarked here (🔖), newest first, or as a file. */
    record Saved(int page, boolean bibtex) implements PapersCommand {
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

        /** Anyone may look at a paper's tags; a correction (or reset) is curation, for every channel. */
        @Override
        public Who who() {
            return edits() ? Who.CURATORS : Who.ANYONE;
        }

        @Override
        public String refusal() {
            return "Only curators (`tags.curators`) can correct a paper's tags: a correction changes the paper for every channel.";
        }
    }
}
