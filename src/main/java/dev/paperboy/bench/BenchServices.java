package dev.paperboy.bench;

import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.DeliveryStore;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.embed.EmbeddingStore;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.PaperStore;
import dev.paperboy.tag.TagStore;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The real services a benchmark drives, as the bot wires them. {@code clock} moves the session clock forward
 * (the services read their time from it), so data with a history can be written as if over many days. The
 * embeddings are there when {@code embed.enabled} is on.
 */
public record BenchServices(
        IngestService ingest,
        PaperStore papers,
        TagStore tags,
        ChannelStore channels,
        DeliveryStore deliveries,
        FeedbackService feedback,
        ReactionService reactions,
        Optional<EmbeddingService> embeddings,
        EmbeddingStore vectors,
        ChannelSettings channelDefaults,
        Consumer<Instant> clock) {
}
