/**
 * Papers: the {@link dev.paperboy.paper.Paper} record, versionless arXiv ids, the parsers of every file and feed
 * format Paperboy reads (arXiv Atom and Hugging Face daily JSON included), and ingest with de-duplication. What
 * a source says beyond the record is {@link dev.paperboy.paper.PaperExtras}. The HTTP sources live in
 * {@code paper.source}. Knows nothing of channels or chat; storage is the {@link dev.paperboy.paper.PaperStore} port.
 */
package dev.paperboy.paper;
