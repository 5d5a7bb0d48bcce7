/**
 * Benchmark harnesses behind {@code paperboy bench …}: they drive the real ingest, planner, reaction and store
 * paths in-process (or the real jar in a child process) on data recombined from the public dev corpus, and
 * report each figure beside a baseline measured in the same run. Like {@code eval}, they import only the core
 * packages, so what they time is what the bot runs; the commands that wire them live in {@code app}, and nothing
 * here is used by the bot itself.
 */
package dev.paperboy.bench;
