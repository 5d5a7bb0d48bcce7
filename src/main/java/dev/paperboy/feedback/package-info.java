/**
 * Feedback: reactions on paper messages, {@code like}/{@code dislike}, and seeds, and what each means for a
 * channel's taste. Every signal is kept as an event; a member's opinion of a paper is derived from them, so a
 * removed reaction undoes itself and each member counts once.
 */
package dev.paperboy.feedback;
