package dev.paperboy.channel;

import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.recommend.Pick;
import dev.paperboy.summary.Summarizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a digest: plans it, posts a header, then one message per paper. Each paper is claimed before it is
 * posted (the claim's unique key means it can never reach the channel twice) and the claim is given back when
 * the post fails, so a paper that was not posted stays unread.
 */
public final class DigestService {

    /** What a digest post did. */
    public record Outcome(int posted, int planned, Optional<String> headerId, Optional<String> problem) {
        static Outcome empty() {
            return new Outcome(0, 0, Optional.empty(), Optional.empty());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final DigestPlanner planner;
    private final Summarizer summarizer;
    private final ChatGateway gateway;
    private final DeliveryStore deliveries;
    private final ChannelStore channels;

    public DigestService(DigestPlanner planner, Summarizer summarizer, ChatGateway gateway, DeliveryStore deliveries,
                         ChannelStore channels) {
        this.planner = planner;
        this.summarizer = summarizer;
        this.gateway = gateway;
        this.deliveries = deliveries;
        this.channels = channels;
    }

    public Outcome post(Channel channel, int size, Instant now) {
        List<Pick> picks = planner.plan(channel.id(), channel.tags(), size, now);
        if (picks.isEmpty()) {
            return Outcome.empty();
        }
        String headerId;
        try {
            headerId = gateway.post(channel.ref(), OutgoingMessage.header(
                    PaperMessages.headerText(channel.tags(), picks.size(), now, channel.settings().schedule().zone())));
            deliveries.recordMessage(channel.id(), headerId, null, "digest", now);
        } catch (ChatException e) {
            return failed(channel, e, 0, picks.size(), Optional.empty(), now);
        }
        Optional<String> thread = channel.settings().layout() == Layout.THREAD ? Optional.of(headerId) : Optional.empty();
        int posted = 0;
        for (Pick pick : picks) {
            String paperId = pick.paper().id();
            if (!deliveries.claim(channel.id(), paperId, now)) {
                log.info("paper {} already delivered to {}; not posting it again", paperId, channel.ref());
                continue;
            }
            PaperCard card = PaperMessages.card(pick, summarizer.summarize(pick.paper()));
            try {
                String messageId = gateway.post(channel.ref(), OutgoingMessage.paper(PaperMessages.paperText(card), card, thread));
                deliveries.recordMessage(channel.id(), messageId, paperId, "paper", now);
                posted++;
            } catch (ChatException e) {
                deliveries.release(channel.id(), paperId);
                return failed(channel, e, posted, picks.size(), Optional.of(headerId), now);
            }
        }
        log.info("digest posted channel={} papers={}", channel.ref(), posted);
        return new Outcome(posted, picks.size(), Optional.of(headerId), Optional.empty());
    }

    private Outcome failed(Channel channel, ChatException e, int posted, int planned, Optional<String> header, Instant now) {
        if (e.reason() == ChatException.Reason.CHANNEL_UNAVAILABLE) {
            channels.updateSettings(channel.id(), channel.settings().paused(e.getMessage()), now);
            log.warn("channel {} paused: {}", channel.ref(), e.getMessage());
        } else {
            log.warn("digest post to {} stopped after {} of {} papers: {}", channel.ref(), posted, planned, e.getMessage());
        }
        return new Outcome(posted, planned, header, Optional.of(e.getMessage()));
    }
}
