/**
 * Paper sources fetched over HTTP: the arXiv API, the arXiv announce feed and Hugging Face Daily Papers, each a
 * {@link dev.paperboy.paper.source.PaperSource}. {@link dev.paperboy.paper.source.PoliteHttp} keeps to each
 * site's pace and retries what is worth retrying; {@link dev.paperboy.paper.source.SourceIngest} runs the
 * sources through ingest so a source that is down never stops the others.
 */
package dev.paperboy.paper.source;
