/**
 * Tags: the vocabulary channels subscribe to, and the tagger that assigns its tags to papers with a confidence.
 * A curator's tag overrides the machine's. Storage is the {@link dev.paperboy.tag.TagStore} port.
 */
package dev.paperboy.tag;
