package dev.paperboy.channel;

import java.util.Optional;

/**
 * What a scheduled digest's run is told while its digest is posted, so the run's record always says how far it
 * got: a run whose process dies is then finished by another without posting anything twice. A digest asked for
 * with {@code /papers digest} has no run and uses {@link #NONE}.
 */
public interface DigestProgress {

    DigestProgress NONE = new DigestProgress() {
    };

    /** The header this digest already has when it resumes after a crash or a failure; empty for a new digest. */
    default Optional<String> header() {
        return Optional.empty();
    }

    /** Whether an earlier try posted the header without hearing the answer: look before posting it. */
    default boolean headerInDoubt() {
        return false;
    }

    /** The paper an earlier try was posting when it stopped without hearing the answer. */
    default Optional<String> paperInDoubt() {
        return Optional.empty();
    }

    /** Asked before every post: false when this process no longer owns the run, and must stop posting. */
    default boolean keep() {
        return true;
    }

    /** Just before the header is posted: from here on a crash leaves the header in doubt. */
    default void headerSending() {
    }

    default void headerPosted(String messageId) {
    }

    /** Just before a paper's post: until it is settled a crash leaves it in doubt. */
    default void paperSending(String paperId) {
    }

    /** The paper's post is settled: posted (then {@link #paperPosted} follows) or certainly not. */
    default void paperSettled() {
    }

    default void paperPosted(String paperId) {
    }
}
