package dev.paperboy.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slack's HTTP mode facing clients that are not Slack: four that send their body a byte at a time do not stall it,
 * and are told 408 once the read time is up; a body larger than Slack ever sends is refused with 413 before it is read.
 */
class SlackHttpLimitsTest {

    private static final Duration READ_TIME = Duration.ofSeconds(1);

    private static App app() {
        return new App(AppConfig.builder().signingSecret("limits-secret").singleTeamBotToken("xoxb-limits").build());
    }

    private static Socket connect(BoltHttpServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return statusLine(socket.getInputStream());
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    @Test
    void fourSlowClientsDoNotStallItAndAreToldTheyTookTooLong() throws Exception {
        try (BoltHttpServer server = new BoltHttpServer(app(), 0, "/slack/events", READ_TIME).start()) {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Socket socket = connect(server);
                socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100\r\n\r\ncommand=").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(200); // every slow client now holds a request open

            long t0 = System.nanoTime();
            try (Socket probe = connect(server)) {
                assertThat(send(probe, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")).isEqualTo("HTTP/1.1 200 OK");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(900));

            for (Socket socket : slow) {
                try (socket) {
                    assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
                }
            }
        }
    }

    @Test
    void aBodyLargerThanSlackSendsIsRefusedBeforeItIsRead() throws Exception {
        try (BoltHttpServer server = new BoltHttpServer(app(), 0, "/slack/events", READ_TIME).start();
             Socket socket = connect(server)) {
            long t0 = System.nanoTime();
            String status = send(socket, "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + (BoltHttpServer.MAX_BODY + 1)
                    + "\r\n\r\n");
            assertThat(status).isEqualTo("HTTP/1.1 413 Content Too Large");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(READ_TIME);
        }
    }
}
