package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How long a failed post waits before it is tried again, and when it stops trying. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void waitsDoubleUpToTheLongestWaitThenStop() {
        assertThat(policy.delayAfter(1, Optional.empty())).contains(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, Optional.empty())).contains(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3, Optional.empty())).contains(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(4, Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(5, Optional.empty())).isEmpty();
    }

    @Test
    void aRetryAfterHintIsHonouredUnlessItIsLongerThanWeWaitInPlace() {
        assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(3)))).contains(Duration.ofSeconds(3));
        assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(30)))).isEmpty();
        assertThat(RetryPolicy.none().delayAfter(1, Optional.empty())).isEmpty();
    }
}
