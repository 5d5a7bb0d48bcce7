package dev.paperboy.chat.console;

import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.ReactionService;
import dev.paperboy.paper.IngestService;
import dev.paperboy.paper.JsonPapers;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperFiles;
import dev.paperboy.schedule.DigestTicker;
import dev.paperboy.schedule.ScheduledDigests;
import java.time.Clock;
import java.util.List;

/** What a console session talks to: the same services every chat adapter uses. */
public record ConsoleSession(
        Clock clock,
        PaperFiles paperFiles,
        JsonPapers jsonPapers,
        IngestService ingestService,
        CommandHandler commands,
        ReactionService reactions,
        DigestTicker ticker,
        ConsoleGateway gateway) {

    public static final String PLATFORM = "console";
    public static final String WORKSPACE = "local";

    public ChannelRef channel(String name) {
        return new ChannelRef(PLATFORM, WORKSPACE, name);
    }

    IngestService.Result ingest(PaperBatch batch) {
        return ingestService.ingest(batch);
    }

    List<ScheduledDigests.Fired> tick() {
        return ticker.tick(clock.instant());
    }

    /** The number after the highest {@code m<n>} id already stored, so ids never repeat across sessions. */
    public static long firstFreeId(List<String> storedIds) {
        long max = 0;
        for (String id : storedIds) {
            if (id.matches("m\\d{1,18}")) {
                max = Math.max(max, Long.parseLong(id.substring(1)));
            }
        }
        return max + 1;
    }
}
