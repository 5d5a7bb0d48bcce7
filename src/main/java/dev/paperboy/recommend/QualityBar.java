package dev.paperboy.recommend;

import java.util.Locale;

/**
 * A channel's quality bar as its managers set it ({@code /papers bar off|auto|<0-1>}): the calibrated likelihood a
 * scheduled pick must reach. {@code UNSET} is the default: {@code auto} once the channel's members voted on a
 * paper, {@code off} before.
 */
public record QualityBar(Kind kind, double value) {

    /** How the bar is set. */
    public enum Kind { UNSET, OFF, AUTO, FIXED }

    public static final QualityBar UNSET = new QualityBar(Kind.UNSET, Double.NaN);
    public static final QualityBar OFF = new QualityBar(Kind.OFF, Double.NaN);
    public static final QualityBar AUTO = new QualityBar(Kind.AUTO, Double.NaN);

    public QualityBar {
        if (kind == Kind.FIXED && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a bar is a probability between 0 and 1, not " + value);
        }
    }

    public static QualityBar fixed(double value) {
        return new QualityBar(Kind.FIXED, value);
    }

    /** As stored: {@code off}, {@code auto}, a number, or null for unset. */
    public String key() {
        return switch (kind) {
            case UNSET -> null;
            case OFF -> "off";
            case AUTO -> "auto";
            case FIXED -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** The inverse of {@link #key()}. */
    public static QualityBar ofKey(String key) {
        if (key == null || key.isBlank()) {
            return UNSET;
        }
        return switch (key) {
            case "off" -> OFF;
            case "auto" -> AUTO;
            default -> fixed(Double.parseDouble(key));
        };
    }
}
