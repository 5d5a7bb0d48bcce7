package dev.paperboy.recommend;

import java.util.List;

/** Orders a channel's candidates and returns the best {@code size} of them, best first. */
public interface Ranker {

    List<Pick> rank(RankRequest request);
}
