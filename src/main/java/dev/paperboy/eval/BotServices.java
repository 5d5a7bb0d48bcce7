package dev.paperboy.eval;

import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.DigestService;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.feedback.FeedbackService;
import dev.paperboy.feedback.LibrarySeeder;
import dev.paperboy.paper.IngestService;
import dev.paperboy.recommend.DigestPlanner;
import dev.paperboy.tag.TagStore;
import java.time.Instant;
import java.util.Optional;

/** What an evaluation needs of the wired bot: its real services on one database. Implemented in {@code app}. */
public interface BotServices {

    /** The planner of one ranking mode, and the command handler and reaction service chat adapters get on it. */
    record Mode(DigestPlanner planner, CommandHandler commands, DigestService digests, ReactionService reactions) {
    }

    IngestService ingest();

    ChannelStore channels();

    ChannelSettings channelDefaults();

    FeedbackService feedback();

    /** Reading lists in, as {@code paperboy seed} takes them. */
    LibrarySeeder librarySeeder();

    TagStore tags();

    Optional<EmbeddingService> embeddings();

    /** A planner ranking by {@code rankingMode} (learned, tags-only or random), posting through {@code gateway}. */
    Mode mode(String rankingMode, ChatGateway gateway) throws Exception;

    /** Moves the clock the services read forward to {@code at}. */
    void advanceTo(Instant at);
}
