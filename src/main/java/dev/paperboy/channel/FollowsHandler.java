package dev.paperboy.channel;

import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.search.PaperFilter;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchQueryParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code follow}, {@code unfollow}, {@code mute} and {@code unmute}. A follow or mute is a search query read by the
 * search grammar. A follow of tags alone ({@code follow tag:rl}) is a tag subscription, the very row
 * {@code subscribe rl} writes; any other is stored as typed. Follows are numbered tags first (by name), then the
 * rest oldest first, as {@code settings} lists them; mutes oldest first.
 */
final class FollowsHandler {

    /** More follows or mutes than this are refused: a channel following 50 things follows nothing in particular. */
    static final int MAX = 50;

    private final ChannelStore channels;
    private final SearchQueryParser parser;
    private final DigestPlanner planner;

    FollowsHandler(ChannelStore channels, SearchQueryParser parser, DigestPlanner planner) {
        this.channels = channels;
        this.parser = parser;
        this.planner = planner;
    }

    /** The channel's follows as {@code settings} numbers them. */
    List<String> follows(Channel channel) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(channel.tags()).forEach(t -> out.add("tag:" + t));
        out.addAll(channels.filters(channel.id(), FilterKind.FOLLOW));
        return out;
    }

    List<String> mutes(Channel channel) {
        return channels.filters(channel.id(), FilterKind.MUTE);
    }

    Reply follow(Channel channel, String text, Instant now) {
        PaperFilter filter;
        try {
            filter = PaperFilter.parse(parser, text);
        } catch (SearchQueryException e) {
            return Reply.error(e.getMessage());
        }
        List<String> before = follows(channel);
        if (filter.onlyTags()) {
            List<String> added = filter.query().tags().get(0).stream().filter(t -> !channel.tags().contains(t)).toList();
            if (added.isEmpty()) {
                return Reply.error("This channel follows `" + shown(filter.text()) + "` already.");
            }
            if (before.size() + added.size() > MAX) {
                return tooMany("follows", "unfollow");
            }
            channels.subscribe(channel.id(), added, now);
        } else {
            if (before.size() >= MAX) {
                return tooMany("follows", "unfollow");
            }
            if (!channels.addFilter(channel.id(), FilterKind.FOLLOW, filter.text(), now)) {
                return Reply.error("This channel follows `" + shown(filter.text()) + "` already.");
            }
        }
        return Reply.ok("This channel now follows `" + shown(filter.text()) + "`." + matches(filter, true, now, "new ones that do will come in digests")
                + " `/papers settings` lists its follows.");
    }

    Reply mute(Channel channel, String text, Instant now) {
        PaperFilter filter;
        try {
            filter = PaperFilter.parse(parser, text);
        } catch (SearchQueryException e) {
            return Reply.error(e.getMessage().replace("A follow or mute", "A mute"));
        }
        if (mutes(channel).size() >= MAX) {
            return tooMany("mutes", "unmute");
        }
        if (!channels.addFilter(channel.id(), FilterKind.MUTE, filter.text(), now)) {
            return Reply.error("This channel mutes `" + shown(filter.text()) + "` already.");
        }
        return Reply.ok("Muted `" + shown(filter.text()) + "`: papers matching it never reach this channel's digests."
                + matches(filter, false, now, "it keeps out any that come"));
    }

    Reply unfollow(Channel channel, String text) {
        List<String> follows = follows(channel);
        Optional<String> chosen = choose(follows, text);
        if (chosen.isEmpty()) {
            return Reply.error("This channel does not follow `" + shown(text) + "`. " + listed("Its follows", follows));
        }
        String follow = chosen.get();
        if (follow.startsWith("tag:") && channel.tags().contains(follow.substring(4))) {
            channels.unsubscribe(channel.id(), List.of(follow.substring(4)));
        } else {
            channels.removeFilter(channel.id(), FilterKind.FOLLOW, follow);
        }
        return Reply.ok("This channel no longer follows `" + shown(follow) + "`."
                + (follows.size() == 1 ? " It follows nothing now, so every paper is a candidate." : ""));
    }

    Reply unmute(Channel channel, String text) {
        List<String> mutes = mutes(channel);
        Optional<String> chosen = choose(mutes, text);
        if (chosen.isEmpty()) {
            return Reply.error("This channel does not mute `" + shown(text) + "`. " + listed("Its mutes", mutes));
        }
        channels.removeFilter(channel.id(), FilterKind.MUTE, chosen.get());
        return Reply.ok("Unmuted `" + shown(chosen.get()) + "`: papers matching it may reach this channel's digests again.");
    }

    /** The lines {@code settings} adds: follows and mutes with their numbers. */
    String describe(Channel channel) {
        return listed("Follows", follows(channel)) + "\n" + listed("Mutes", mutes(channel));
    }

    /** The entry a user means: by its number, as typed, or as typed for a tag ({@code #rl}, {@code RL}). */
    private Optional<String> choose(List<String> entries, String text) {
        String typed = PaperFilter.normalize(text);
        if (typed.matches("#?\\d{1,3}")) {
            int n = Integer.parseInt(typed.replace("#", ""));
            return n >= 1 && n <= entries.size() ? Optional.of(entries.get(n - 1)) : Optional.empty();
        }
        Optional<String> same = entries.stream().filter(e -> e.equalsIgnoreCase(typed)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        try {
            PaperFilter filter = PaperFilter.parse(parser, typed);
            if (filter.onlyTags() && filter.query().tags().get(0).size() == 1) {
                String tag = "tag:" + filter.query().tags().get(0).get(0);
                return entries.stream().filter(e -> e.equalsIgnoreCase(tag)).findFirst();
            }
        } catch (SearchQueryException e) {
            // not a query either: nothing matches
        }
        return Optional.empty();
    }

    private String matches(PaperFilter filter, boolean follow, Instant now, String none) {
        int n = planner.freshMatches(filter, follow, now);
        return n == 0 ? " No paper matches it yet; " + none + "."
                : " " + n + (n == 1 ? " recent paper matches it." : " recent papers match it.");
    }

    private static Reply tooMany(String what, String verb) {
        return Reply.error("This channel has " + MAX + " " + what + ", the most it may have; `/papers " + verb + " <n>` one first"
                + " (`/papers settings` numbers them).");
    }

    static String listed(String title, List<String> entries) {
        if (entries.isEmpty()) {
            return title + ": none" + (title.startsWith("Follows") ? " (every paper is a candidate)" : "") + ".";
        }
        StringBuilder s = new StringBuilder(title).append(":");
        for (int i = 0; i < entries.size(); i++) {
            s.append(i == 0 ? " " : " · ").append(i + 1).append(". `").append(shown(entries.get(i))).append('`');
        }
        return s.toString();
    }

    private static String shown(String text) {
        String s = text.replace("`", "'");
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
