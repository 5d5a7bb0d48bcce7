/**
 * Reading lists in and out: the parsers of the library files a group already has (BibTeX, RIS, Zotero's CSV
 * export, a plain list of ids), the matcher that finds the paper each entry names (fetching it from arXiv or
 * importing it from its own text when Paperboy has not read it), and the writers that give a channel's papers
 * back out. Knows only {@code paper} and {@code paper.source}.
 */
package dev.paperboy.paper.library;
