package dev.paperboy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void givenBusyWork_whenTimed_thenTheProcessCpuClockAdvancesByAboutTheWork() {
        long before = Machine.processCpuNanos();
        long wallStart = System.nanoTime();
        double sink = 0;
        while (System.nanoTime() - wallStart < 200_000_000L) {
            sink += Math.sqrt(sink + 1);
        }
        long used = Machine.processCpuNanos() - before;
        assertThat(sink).isPositive();
        assertThat(before).isNotNegative();
        assertThat(used).as("CPU ns for 200 ms of spinning").isGreaterThan(50_000_000L);
    }
}
