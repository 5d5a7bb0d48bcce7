package dev.paperboy.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.webhook.WebhookResponse;
import dev.paperboy.channel.Attachment;
import dev.paperboy.channel.Caller;
import dev.paperboy.channel.ChannelRef;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.CommandParser;
import dev.paperboy.channel.CommandSyntaxException;
import dev.paperboy.channel.PapersCommand;
import dev.paperboy.channel.Reply;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /papers}: acknowledged at once, because Slack gives a command three seconds and a digest takes longer,
 * then run on a worker and answered through the command's {@code response_url}. Who hears the answer is the
 * verb's rule ({@link PapersCommand#audience()}): most answers and every error are ephemeral; a change to the
 * channel is announced in it, with who made it. A digest's papers are posted with {@code chat.postMessage}, not
 * through {@code response_url}, because only a posted message has the {@code ts} a reaction names.
 */
final class PapersSlashCommand implements SlashCommandHandler {

    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";
    private static final Logger log = LoggerFactory.getLogger(PapersSlashCommand.class);

    private final CommandParser parser = new CommandParser();
    private final CommandHandler commands;
    private final Managers managers;
    private final Managers curators;
    private final Executor workers;

    PapersSlashCommand(CommandHandler commands, Managers managers, Managers curators, Executor workers) {
        this.commands = commands;
        this.managers = managers;
        this.curators = curators;
        this.workers = workers;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        try {
            workers.execute(() -> answer(payload, context));
        } catch (RejectedExecutionException e) {
            return context.ack(":warning: Paperboy is shutting down; try again in a minute.");
        }
        return context.ack();
    }

    private void answer(SlashCommandPayload payload, SlashCommandContext context) {
        String type = EPHEMERAL;
        String text;
        try {
            PapersCommand command = parser.parse(payload.getText());
            ChannelRef ref = new ChannelRef(SlackAdapter.PLATFORM, payload.getTeamId(), payload.getChannelId());
            String user = payload.getUserId();
            Reply reply = commands.handle(ref, new Caller(user, managers.includes(user), curators.includes(user)), command);
            String body = SlackMarkup.render(reply.body());
            if (reply.isError()) {
                text = ":warning: " + body;
            } else if (command.audience() == PapersCommand.Audience.CHANNEL) {
                type = IN_CHANNEL;
                text = "<@" + payload.getUserId() + "> changed this channel's Paperboy settings: " + body;
            } else {
                text = body;
            }
            if (!reply.isError() && reply.file().isPresent()) {
                text += SlackMarkup.escape(upload(context, payload, reply.file().get()));
            }
        } catch (CommandSyntaxException e) {
            text = ":warning: " + SlackMarkup.escape(e.getMessage());
        } catch (RuntimeException e) {
            log.error("/papers failed team={} channel={} user={}", payload.getTeamId(), payload.getChannelId(), payload.getUserId(), e);
            text = ":warning: Something went wrong on my side while running that. It is logged; please try again.";
        }
        respond(context, type, text, payload);
    }

    /**
     * Posts a file answer in the channel with {@code files.uploadV2} (needs the {@code files:write} scope): an
     * ephemeral answer cannot carry a file. Returns what to add to the answer.
     */
    private static String upload(SlashCommandContext context, SlashCommandPayload payload, Attachment file) {
        try {
            FilesUploadV2Response sent = context.client().filesUploadV2(r -> r.channel(payload.getChannelId()).fileData(file.content())
                    .filename(file.fileName()).title(file.fileName()).requestFileInfo(false)
                    .initialComment("<@" + payload.getUserId() + "> asked for this file with `/papers`."));
            if (sent.isOk()) {
                return " Posted in this channel as " + file.fileName() + ".";
            }
            log.warn("files.uploadV2 refused channel={} error={}", payload.getChannelId(), sent.getError());
            return " I could not post " + file.fileName() + " (" + sent.getError() + ")" + ("missing_scope".equals(sent.getError())
                    ? ": Paperboy needs the files:write scope; reinstall it from config/slack-manifest.yaml." : ".");
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.warn("files.uploadV2 failed channel={}: {}", payload.getChannelId(), e.toString());
            return " I could not post " + file.fileName() + " just now; please try again.";
        }
    }

    private static void respond(SlashCommandContext context, String type, String text, SlashCommandPayload payload) {
        try {
            WebhookResponse sent = context.respond(r -> r.responseType(type).text(text));
            if (sent.getCode() == null || sent.getCode() != 200) {
                log.warn("/papers answer refused channel={} status={} body={}", payload.getChannelId(), sent.getCode(), sent.getBody());
            }
        } catch (IOException e) {
            log.warn("/papers answer could not be sent channel={}: {}", payload.getChannelId(), e.getMessage());
        }
    }
}
