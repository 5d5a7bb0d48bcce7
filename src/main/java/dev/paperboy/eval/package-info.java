/**
 * Evaluation harnesses: they drive the real planner, feedback and stores in-process on public data given by
 * path, with fixed seeds, and report numbers beside baselines measured in the same run. The commands that run
 * them live in {@code app}; nothing here is used by the bot itself.
 */
package dev.paperboy.eval;
