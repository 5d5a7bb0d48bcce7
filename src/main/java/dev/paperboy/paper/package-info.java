/**
 * Papers: the {@link dev.paperboy.paper.Paper} record, versionless arXiv ids, the parsers of every file format
 * Paperboy reads, and ingest with de-duplication. Knows nothing of channels or chat; storage is the
 * {@link dev.paperboy.paper.PaperStore} port.
 */
package dev.paperboy.paper;
