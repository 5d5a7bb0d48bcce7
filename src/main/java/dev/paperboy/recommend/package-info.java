/**
 * Recommending: which papers a channel may still get (candidates), how they are ordered (rankers), and the
 * digest planner that puts them together with a reason for each pick. Rankers share one signature so any run
 * can be compared with the baselines ({@code ranking.mode}).
 */
package dev.paperboy.recommend;
