/**
 * Search over every paper Paperboy has read: a Lucene index (BM25 over title, abstract and authors, plus the
 * papers' sentence vectors in an HNSW graph) fused into one ranking, and the query language of
 * {@code /papers search} ({@code tag:} {@code author:} {@code cat:} {@code since:} {@code like:} and quoted
 * phrases). The index is a per-instance cache, kept in step with ingest and rebuilt from the database.
 */
package dev.paperboy.search;
