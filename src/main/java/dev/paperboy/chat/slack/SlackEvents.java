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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Events API side: reactions on Paperboy's own paper messages become feedback, and the bot joining a channel
 * it had paused (it was not in it, or the channel was gone) resumes that channel's digests. Reactions on other
 * messages are ignored, and Bolt already drops the events the bot causes itself, such as its own 👍 and 👎.
 * Reactions are ordered by Slack's {@code event_ts}, not by when an instance happens to handle them, and a
 * delivery Slack retries ({@code X-Slack-Retry-Num}: same {@code event_id}) is recorded once.
 */
final class SlackEvents {

    private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

    private final ReactionService reactions;
    private final ChannelStore channels;
    private final Clock clock;

    SlackEvents(ReactionService reactions, ChannelStore channels, Clock clock) {
        this.reactions = reactions;
        this.channels = channels;
        this.clock = clock;
    }

    void register(App app) {
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent e = payload.getEvent();
            if ("message".equals(e.getItem().getType())) {
                react(payload.getTeamId(), ctx.getBotUserId(), e.getItemUser(), e.getItem().getChannel(), e.getItem().getTs(),
                        e.getUser(), e.getReaction(), false, e.getEventTs(), payload.getEventId());
            }
            return ctx.ack();
        });
        app.event(ReactionRemovedEvent.class, (payload, ctx) -> {
            ReactionRemovedEvent e = payload.getEvent();
            if ("message".equals(e.getItem().getType())) {
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
            channels.updateSettings(channel.get().id(), channel.get().settings().resumed(), clock.instant());
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
