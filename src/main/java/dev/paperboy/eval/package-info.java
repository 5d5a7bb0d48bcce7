/**
 * Evaluation harnesses: read labelled data given by path, run a core component and its baselines on it, and
 * report the numbers. They import only the core packages, so what they measure is what the bot runs; the
 * commands that call them live in {@code app}.
 */
package dev.paperboy.eval;
