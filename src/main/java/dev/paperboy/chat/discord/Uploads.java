package dev.paperboy.chat.discord;

import dev.paperboy.channel.Attachment;
import dev.paperboy.channel.CommandParser;
import dev.paperboy.channel.CommandSyntaxException;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import dev.paperboy.paper.library.Libraries;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Files on Discord: a reading list attached to {@code /papers seed} is downloaded through JDA's attachment proxy
 * (at most 5 MB read, so a larger one is refused before it fills memory), and a file answer becomes a
 * {@link FileUpload} on the reply.
 */
final class Uploads {

    private Uploads() {
    }

    /** Downloads the file, parses the command with it and runs it; a file that cannot be had is one sentence. */
    static Reply withDownload(Message.Attachment file, String text, CommandParser parser, Function<PapersCommand, Reply> run) {
        if (file.getSize() > Libraries.MAX_BYTES) {
            return Reply.error(file.getFileName() + " is " + file.getSize() / (1024 * 1024) + " MB; a reading list may be at most "
                    + Libraries.MAX_BYTES / (1024 * 1024) + " MB. Nothing was seeded.");
        }
        byte[] bytes;
        try (InputStream in = file.getProxy().download().get(60, TimeUnit.SECONDS)) {
            bytes = in.readNBytes(Libraries.MAX_BYTES + 1);
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Reply.error("I could not download " + file.getFileName() + " from Discord; please try again. Nothing was seeded.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.error("Paperboy is shutting down; please try again in a minute.");
        }
        try {
            return run.apply(parser.parse(text, Optional.of(new Attachment(file.getFileName(), bytes))));
        } catch (CommandSyntaxException e) {
            return Reply.error(e.getMessage());
        }
    }

    static FileUpload upload(Attachment file) {
        return FileUpload.fromData(file.content(), file.fileName());
    }
}
