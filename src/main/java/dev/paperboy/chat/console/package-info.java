/**
 * The console adapter: Paperboy on stdin/stdout, as readable text for a person or as console JSON protocol v1
 * ({@code console --json}) for tests, evaluations and other tools. Its clock is the session's, moved by each
 * line's {@code at}.
 */
package dev.paperboy.chat.console;
