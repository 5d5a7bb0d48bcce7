/**
 * Evaluation harnesses: they drive the real planner, feedback and stores, or a core component, in-process on
 * public data given by path, with fixed seeds, and report numbers beside baselines measured in the same run.
 * They import only the core packages, so what they measure is what the bot runs; the commands that call them
 * live in {@code app}, and nothing here is used by the bot itself.
 */
package dev.paperboy.eval;
