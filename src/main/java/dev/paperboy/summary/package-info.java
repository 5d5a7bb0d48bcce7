/**
 * One- or two-line summaries of papers for chat. {@link dev.paperboy.summary.ExtractiveSummarizer} (the default,
 * no network) picks the abstract's idea and result sentences and cleans them; {@link
 * dev.paperboy.summary.ChainSummarizer} asks optional providers first (an LLM over an OpenAI-compatible API,
 * Hugging Face's ai_summary) and falls back to it, so a paper message always has a summary.
 */
package dev.paperboy.summary;
