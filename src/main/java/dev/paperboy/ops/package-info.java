/**
 * Operating the running bot: stopping it gracefully ({@link dev.paperboy.ops.GracefulStop}), the management port
 * ({@link dev.paperboy.ops.ManagementServer}: health, readiness, metrics) and the meters behind {@code /metrics}
 * ({@link dev.paperboy.ops.BotMetrics}). Only {@code app} uses it, handing it the bot as a {@link dev.paperboy.ops.RunningBot}.
 */
package dev.paperboy.ops;
