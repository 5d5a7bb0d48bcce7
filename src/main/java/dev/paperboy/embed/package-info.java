/**
 * Sentence embeddings: an in-process ONNX model shipped in a Maven jar (all-MiniLM-L6-v2, quantized), and a
 * cache of vectors by id that the database keeps, so search and taste models can be rebuilt without
 * re-embedding. Knows texts and ids, not papers.
 */
package dev.paperboy.embed;
