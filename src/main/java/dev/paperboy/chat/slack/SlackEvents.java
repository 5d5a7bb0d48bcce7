package dev.paperboy.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import dev.paperboy.channel.Channel;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ReactionService;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Events API side: reactions on Paperboy's own paper messages become feedback, and the bot joining a channel
 * it had paused (it was not in it, or the channel was gone) resumes that channel's digests. Reactions on other
 * messages are ignored, and Bolt already drops the events the bot causes itself, such as its own 👍 and 👎.
 * An event Slack delivers again (same event id) is handled once: here, and across instances by the event id
 * stored with each reaction. Reactions are ordered by Slack's {@code event_ts}, not by when an instance happens to
 * handle them.
 */
final class SlackEvents {

    private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

    /** Slack retries an event for up to about 5 minutes; this many ids covers far more than that at our volume. */
    private static final int REMEMBERED_EVENTS = 10_000;

    private final ReactionService reactions;
    private final ChannelStore channels;
    private final Clock clock;
    /**
     * The ids of events already handled. Slack delivers an event again when it did not see the ack in time (over
     * HTTP with X-Slack-Retry-Num, over Socket Mode with retry_attempt, or after a dropped connection), possibly
     * after the member took the reaction back: handling it twice would bring the vote back.
     */
    private final Set<String> handled = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    }));

    SlackEvents(ReactionService reactions, ChannelStore channels, Clock clock) {
        this.reactions = reactions;
        this.channels = channels;
        this.clock = clock;
    }

    void register(App app) {
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent e = payload.getEvent();
            if ("message".equals(e.getItem().getType()) && firstDelivery(payload.getEventId())) {
                react(payload.getTeamId(), ctx.getBotUserId(), e.getItemUser(), e.getItem().getChannel(), e.getItem().getTs(),
                        e.getUser(), e.getReaction(), false, e.getEventTs(), payload.getEventId());
            }
            return ctx.ack();
        });
        app.event(ReactionRemovedEvent.class, (payload, ctx) -> {
            ReactionRemovedEvent e = payload.getEvent();
            if ("message".equals(e.getItem().getType()) && firstDelivery(payload.getEventId())) {
                react(payload.getTeamId(), ctx.getBotUserId(), e.getItemUser(), e.getItem().getChannel(), e.getItem().getTs(),
                        e.getUser(), e.getReaction(), true, e.getEventTs(), payload.getEventId());
            }
            return ctx.ack();
        });
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            if (e.getUser() != null && e.getUser().equals(ctx.getBotUserId())) {
                resume(new ChannelRef(SlackAdapter.PLATFORM, payload.getTeamId(), e.getChannel()));
            }
            return ctx.ack();
        });
    }

    /** Whether this event is new; a repeat is acknowledged (so Slack stops) and otherwise ignored. */
    private boolean firstDelivery(String eventId) {
        if (eventId == null || handled.add(eventId)) {
            return true;
        }
        log.debug("event {} delivered again; it was handled the first time", eventId);
        return false;
    }

    private void react(String team, String botUserId, String itemUser, String channel, String ts, String user, String reaction,
                       boolean removed, String eventTs, String eventId) {
        if (itemUser != null && botUserId != null && !itemUser.equals(botUserId)) {
            return;
        }
        ChannelRef ref = new ChannelRef(SlackAdapter.PLATFORM, team, channel);
        Optional<String> paper = reactions.react(ref, user, ts, shortName(reaction), removed, slackTime(eventTs),
                Optional.ofNullable(eventId).filter(id -> !id.isBlank()).map(id -> "slack:" + id));
        paper.ifPresent(p -> log.debug("reaction channel={} paper={} emoji={} removed={}", ref, p, reaction, removed));
    }

    private void resume(ChannelRef ref) {
        Optional<Channel> channel = channels.find(ref);
        if (channel.isPresent() && channel.get().settings().paused()) {
            channels.updateSettings(channel.get().id(), channel.get().settings(), channel.get().settings().resumed(), clock.instant());
            log.info("channel {} resumed: the bot was added to it", ref);
        }
    }

    /** Slack's {@code "1751360401.000100"}: seconds and microseconds since the epoch. */
    static Optional<java.time.Instant> slackTime(String ts) {
        if (ts == null || !ts.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        int dot = ts.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
        long micros = dot < 0 ? 0 : Long.parseLong((ts.substring(dot + 1) + "000000").substring(0, 6));
        return Optional.of(java.time.Instant.ofEpochSecond(seconds, micros * 1_000));
    }

    /** {@code +1::skin-tone-3} is still a thumbs up. */
    static String shortName(String reaction) {
        int tone = reaction.indexOf("::");
        return tone < 0 ? reaction : reaction.substring(0, tone);
    }
}
