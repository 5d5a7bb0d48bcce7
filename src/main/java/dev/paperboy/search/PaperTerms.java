package dev.paperboy.search;

import dev.paperboy.paper.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A paper's words as the search index holds them (English stems of title and abstract, folded author names, its
 * categories and their archives), made once per paper so a follow or mute is decided without asking Lucene.
 */
public final class PaperTerms {

    private static final Analyzer ENGLISH = PaperDocuments.analyzer();
    private static final Analyzer NAMES = PaperDocuments.names();

    final List<String> title;
    final List<String> abstractText;
    final Set<String> stems = new HashSet<>();
    final List<List<String>> authors = new ArrayList<>();
    final Set<String> categories;

    private PaperTerms(Paper paper) {
        this.title = tokens(ENGLISH, PaperDocuments.TITLE, paper.title());
        this.abstractText = tokens(ENGLISH, PaperDocuments.ABSTRACT, paper.abstractText());
        stems.addAll(title);
        stems.addAll(abstractText);
        for (String name : paper.authors()) {
            authors.add(tokens(NAMES, PaperDocuments.AUTHOR, name));
        }
        this.categories = PaperDocuments.categoryTerms(paper.categories());
    }

    public static PaperTerms of(Paper paper) {
        return new PaperTerms(paper);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return out;
    }

    /** Whether {@code part} occurs in {@code whole} as consecutive tokens. */
    static boolean contains(List<String> whole, List<String> part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }
}
