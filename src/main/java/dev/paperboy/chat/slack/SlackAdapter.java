package dev.paperboy.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.paperboy.channel.ChannelStore;
import dev.paperboy.channel.ChatGateway;
import dev.paperboy.channel.CommandHandler;
import dev.paperboy.channel.ReactionService;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paperboy in one Slack workspace. Starting checks the bot token with {@code auth.test} and fails with a clear
 * sentence when Slack rejects it, then serves {@code /papers} and the reaction events over Socket Mode or HTTP.
 * {@link #gateway()} is what the digest service posts through.
 */
public final class SlackAdapter implements AutoCloseable {

    /** The platform name in every Slack {@code ChannelRef}; the workspace is the team id, the channel its id. */
    public static final String PLATFORM = "slack";

    /** The use cases the adapter calls. */
    public record Services(CommandHandler commands, ReactionService reactions, ChannelStore channels, Clock clock) {
    }

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final App app;
    private final SlackGateway gateway;
    private final ExecutorService workers;
    private final String teamId;
    private SocketModeApp socketMode;
    private BoltHttpServer http;

    private SlackAdapter(App app, SlackGateway gateway, ExecutorService workers, String teamId) {
        this.app = app;
        this.gateway = gateway;
        this.workers = workers;
        this.teamId = teamId;
    }

    public static SlackAdapter start(SlackSettings settings, Services services) throws SlackStartException {
        SlackConfig config = new SlackConfig();
        // A call unanswered this long counts as ambiguous: a post is then looked for before it is posted again.
        int timeout = Math.toIntExact(settings.timeout().toMillis());
        config.setHttpClientReadTimeoutMillis(timeout);
        config.setHttpClientWriteTimeoutMillis(timeout);
        // Stats would start background threads and call auth.test for every token; one workspace needs neither.
        config.setStatsEnabled(false);
        settings.apiUrl().ifPresent(url -> config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/"));
        Slack slack = Slack.getInstance(config);
        MethodsClient methods = slack.methods(settings.botToken());
        AuthTestResponse auth = authTest(methods);

        ExecutorService workers = workers();
        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null)).build());
        app.command(settings.command(), new PapersSlashCommand(services.commands(),
                new Managers(settings.managers(), methods, true), new Managers(settings.curators(), methods, false), workers));
        new SlackEvents(services.reactions(), services.channels(), services.clock()).register(app);
        SlackAdapter adapter = new SlackAdapter(app, new SlackGateway(methods, settings.voteReactions()),
                workers, auth.getTeamId());
        try {
            app.start();
            if (settings.mode() == SlackSettings.Mode.SOCKET) {
                adapter.socketMode = socketMode(slack, settings.appToken().orElseThrow(), app);
            } else {
                adapter.http = new BoltHttpServer(app, settings.httpPort(), settings.httpPath()).start();
            }
        } catch (SlackStartException e) {
            adapter.close();
            throw e;
        } catch (Exception e) {
            adapter.close();
            throw new SlackStartException("The Slack adapter could not start: " + e.getMessage(), e);
        }
        log.info("slack adapter started mode={} team={} bot={} command={}", settings.mode(), auth.getTeamId(), auth.getUserId(),
                settings.command());
        return adapter;
    }

    private static AuthTestResponse authTest(MethodsClient methods) throws SlackStartException {
        AuthTestResponse auth;
        try {
            auth = methods.authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            throw new SlackStartException("Could not check SLACK_BOT_TOKEN with Slack (auth.test: " + e.getMessage() + ").", e);
        }
        if (!auth.isOk()) {
            throw new SlackStartException("Slack rejected SLACK_BOT_TOKEN (" + auth.getError() + "): use the app's Bot User OAuth "
                    + "Token (xoxb-…) from its OAuth & Permissions page, reinstalling the app if it was revoked.", null);
        }
        return auth;
    }

    private static SocketModeApp socketMode(Slack slack, String appToken, App app) throws Exception {
        // Bolt opens the connection itself and only logs a refused app token; asking first makes it a start failure.
        String refused;
        try {
            AppsConnectionsOpenResponse open = slack.methods(appToken).appsConnectionsOpen(r -> r);
            refused = open.isOk() ? null : open.getError();
        } catch (IOException | SlackApiException e) {
            refused = e.getMessage();
        }
        if (refused != null) {
            throw new SlackStartException("Slack refused SLACK_APP_TOKEN for Socket Mode (" + refused + "): it must be an "
                    + "app-level token (xapp-…) with the connections:write scope, and Socket Mode must be on.", null);
        }
        SocketModeApp socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socket.startAsync();
        return socket;
    }

    /** Commands run here after their ack, so a slow digest never makes Slack show "dispatch_failed". */
    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-command-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ChatGateway gateway() {
        return gateway;
    }

    /** The workspace this bot is installed in. */
    public String teamId() {
        return teamId;
    }

    /** Empty when Slack can reach the bot (HTTP mode listening, or Socket Mode's connection open), else why not. */
    public java.util.Optional<String> problem() {
        if (http != null) {
            return java.util.Optional.empty();
        }
        try {
            return socketMode != null && socketMode.getClient() != null && socketMode.getClient().verifyConnection()
                    ? java.util.Optional.empty() : java.util.Optional.of("Socket Mode is not connected");
        } catch (RuntimeException e) {
            return java.util.Optional.of("Socket Mode is not connected");
        }
    }

    /** HTTP mode's port (the configured one, or the free one picked for port 0). */
    int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            log.warn("socket mode did not close cleanly: {}", e.getMessage());
        }
        if (http != null) {
            http.close();
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        app.stop();
    }
}
