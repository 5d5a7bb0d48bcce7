package dev.paperboy.paper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Papers for tests: one builder instead of a nine-argument constructor in every test. */
public final class TestPapers {

    private static final String[] TOPICS = {
        "offline reinforcement learning for robot manipulation with reward models",
        "policy gradient reinforcement learning agents that plan with a learned world model",
        "reinforcement learning from human feedback for language model alignment",
        "multi-agent reinforcement learning for traffic control",
        "exploration bonuses in deep reinforcement learning on sparse rewards",
        "model-based reinforcement learning with diffusion world models",
        "reinforcement learning for chip placement and combinatorial optimization",
        "safe reinforcement learning with constraints for autonomous driving",
        "hierarchical reinforcement learning with options for long horizon tasks",
        "reinforcement learning fine-tuning of reasoning language models on math",
        "inverse reinforcement learning of rewards from demonstrations",
        "sample efficient reinforcement learning with data augmentation for games",
    };

    private TestPapers() {
    }

    /** A paper published a day before {@code now}. */
    public static Paper paper(String id, String title, String abstractText, Instant now) {
        return new Paper(id, title, abstractText, List.of("Ada Lovelace"), List.of("cs.LG"), now.minus(Duration.ofDays(1)), 0, 1, "test");
    }

    /** {@code count} distinct reinforcement-learning papers ({@code #rl}), with arXiv ids {@code <prefix>01}, {@code <prefix>02} … */
    public static List<Paper> rlPapers(String prefix, int count, Instant now) {
        List<Paper> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = TOPICS[i % TOPICS.length];
            out.add(paper(prefix + String.format("%02d", i + 1), "Study " + (i + 1) + ": " + topic,
                    "We study " + topic + ". Our reinforcement learning agents improve returns over strong baselines"
                            + " in experiment " + (i + 1) + ".", now));
        }
        return out;
    }
}
