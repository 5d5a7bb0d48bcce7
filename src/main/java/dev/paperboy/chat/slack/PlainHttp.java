package dev.paperboy.chat.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The little of HTTP/1.1 that {@link BoltHttpServer} speaks: a request head and body read against a deadline, and a response. */
final class PlainHttp {

    private static final int MAX_HEAD = 16 * 1024;

    private PlainHttp() {
    }

    /** Reads exactly {@code length} bytes, each read bounded by what is left of the deadline. */
    static byte[] readBody(InputStream in, Socket socket, int length, long deadline) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            setTimeout(socket, deadline);
            int n = in.read(body, read, length - read);
            if (n < 0) {
                throw new IOException("the client closed the connection mid-body");
            }
            read += n;
        }
        return body;
    }

    private static void setTimeout(Socket socket, long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("read deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    /** A request line and headers (names case-insensitive). */
    record Head(String method, String target, Map<String, List<String>> headers, int contentLength) {

        /** Null when the request is malformed. */
        static Head read(InputStream in, Socket socket, long deadline, int maxBody) throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                setTimeout(socket, deadline);
                int b = in.read();
                if (b < 0 || raw.size() >= MAX_HEAD) {
                    return null;
                }
                raw.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            }
            String[] lines = raw.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String[] first = lines[0].split(" ");
            if (first.length != 3) {
                return null;
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(new String(lines[i].substring(colon + 1).strip().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                }
            }
            int length = 0;
            List<String> declared = headers.get("Content-Length");
            if (declared != null) {
                try {
                    long value = Long.parseLong(declared.get(0));
                    length = value < 0 ? -1 : (int) Math.min(value, (long) maxBody + 1);
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (headers.containsKey("Transfer-Encoding")) {
                return null; // Slack sends a Content-Length; chunked bodies are not taken
            }
            return length < 0 ? null : new Head(first[0].toUpperCase(Locale.ROOT), first[1], headers, length);
        }
    }

    static void write(OutputStream out, int status, String contentType, String body, Map<String, List<String>> headers)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Connection")) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Error" : "Status";
        };
    }
}
