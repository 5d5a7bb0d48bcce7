package dev.paperboy.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper ids. arXiv ids are kept without their version ({@code 2506.20639v2} is stored as {@code 2506.20639}
 * with version 2), so every version of a paper is one row. Papers without an id get {@code pb-} followed by a
 * hash of their normalized title (or abstract when there is no title): the same text always gets the same id.
 */
public final class PaperIds {

    /** A versionless arXiv id and the version it carried (0 when none). */
    public record ArxivId(String id, int version) {
    }

    private static final Pattern NEW_STYLE = Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{4,5})(?:v(\\d+))?(?![\\d])");
    private static final Pattern OLD_STYLE =
            Pattern.compile("(?<![A-Za-z.-])([a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?(?!\\d)");
    private static final Pattern WHOLE_NEW = Pattern.compile("(?i)(?:arxiv:)?(\\d{4}\\.\\d{4,5})(?:v(\\d+))?");
    private static final Pattern WHOLE_OLD = Pattern.compile("(?i)(?:arxiv:)?([a-z][a-z-]*(?:\\.[a-z]{2})?/\\d{7})(?:v(\\d+))?");
    private static final Pattern URL = Pattern.compile("(?i)^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/(.+?)(?:\\.pdf)?/?$");
    private static final Pattern CONTENT = Pattern.compile("pb-[0-9a-f]{16}");

    private PaperIds() {
    }

    /**
     * Parses an arXiv id as a user or a feed writes it: {@code 2506.20639}, {@code 2506.20639v2},
     * {@code arXiv:2506.20639}, {@code hep-th/9901001v1}, or an arxiv.org abs/pdf/html URL.
     */
    public static Optional<ArxivId> parseArxiv(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher url = URL.matcher(s);
        if (url.matches()) {
            s = url.group(1);
        }
        Matcher m = WHOLE_NEW.matcher(s);
        if (m.matches()) {
            return Optional.of(new ArxivId(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        }
        m = WHOLE_OLD.matcher(s);
        if (m.matches()) {
            String id = m.group(1);
            int slash = id.indexOf('/');
            String archive = id.substring(0, slash).toLowerCase(Locale.ROOT);
            int dot = archive.indexOf('.');
            if (dot > 0) {
                // Old ids keep the subject class in upper case: cs.LG/0101001 -> cs/0101001 is the canonical id.
                archive = archive.substring(0, dot);
            }
            return Optional.of(new ArxivId(archive + id.substring(slash),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    /** Finds the first arXiv id mentioned anywhere in free text (an abs URL in a comment, say). */
    public static Optional<ArxivId> findArxiv(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NEW_STYLE.matcher(text);
        if (m.find()) {
            return Optional.of(new ArxivId(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        }
        m = OLD_STYLE.matcher(text);
        if (m.find()) {
            return parseArxiv(m.group(0));
        }
        return Optional.empty();
    }

    public static boolean isArxiv(String id) {
        return id != null && (WHOLE_NEW.matcher(id).matches() || (WHOLE_OLD.matcher(id).matches() && !id.startsWith("pb-")));
    }

    public static boolean isContentDerived(String id) {
        return id != null && CONTENT.matcher(id).matches();
    }

    /** A stable id for a paper that has none, from its title, or its abstract when the title is blank. */
    public static String contentDerived(String title, String abstractText) {
        String basis = title != null && !title.isBlank() ? title : abstractText;
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a paper needs a title or an abstract");
        }
        return "pb-" + sha256(normalize(basis)).substring(0, 16);
    }

    /** Lower case, letters and digits only, single spaces: the same text typed twice hashes the same. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
