package dev.paperboy.channel;

/**
 * What one member may ask of a channel at once ({@code limits.*}), so no one drains or floods it: an on-demand
 * digest marks its papers delivered, leaving fewer for the scheduled one, and seeds steer what everyone is shown.
 *
 * @param digestsPerHour on-demand digests a channel may have in any hour (scheduled digests do not count)
 * @param seedsPerCommand papers one {@code /papers seed} may add (a whole reading list goes through {@code paperboy seed})
 */
public record CommandLimits(int digestsPerHour, int seedsPerCommand) {

    public CommandLimits {
        if (digestsPerHour < 1 || seedsPerCommand < 1) {
            throw new IllegalArgumentException("limits must be at least 1, got digests-per-hour " + digestsPerHour
                    + " and seeds-per-command " + seedsPerCommand);
        }
    }
}
