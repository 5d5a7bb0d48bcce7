/**
 * One-line summaries of papers for chat: extractive by default (the sentence that states what the paper does
 * or finds, cleaned of LaTeX and citations), with room for an LLM summarizer behind the same interface.
 */
package dev.paperboy.summary;
