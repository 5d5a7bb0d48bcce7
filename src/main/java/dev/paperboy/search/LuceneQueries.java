package dev.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into Lucene queries built term by term, never through Lucene's query syntax, so
 * user text cannot be an error or an injection: {@code *:*} is two asterisks and a colon, which the analyzer
 * drops. Filters go into one query applied to both the words and the vector search.
 */
final class LuceneQueries {

    /** More distinct words than this add noise and time, not precision. */
    static final int MAX_TERMS = 64;

    private final Analyzer english;
    private final QueryBuilder englishBuilder;
    private final QueryBuilder namesBuilder;
    private final Analyzer names;

    LuceneQueries() {
        this.english = PaperDocuments.analyzer();
        this.names = PaperDocuments.names();
        this.englishBuilder = new QueryBuilder(english);
        this.namesBuilder = new QueryBuilder(names);
    }

    CompiledQuery compile(SearchQuery query, String extraText, Optional<String> exclude) throws SearchQueryException {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean anyFilter = false;
        for (List<String> group : query.tags()) {
            filter.add(anyOf(group.stream().map(t -> (Query) new TermQuery(new Term(PaperDocuments.TAG, t))).toList()), Occur.FILTER);
            anyFilter = true;
        }
        for (List<String> group : query.categories()) {
            filter.add(anyOf(group.stream().map(c -> (Query) new TermQuery(new Term(PaperDocuments.CAT, c))).toList()), Occur.FILTER);
            anyFilter = true;
        }
        for (List<String> group : query.authors()) {
            List<Query> alternatives = new ArrayList<>();
            for (String name : group) {
                Query q = namesBuilder.createPhraseQuery(PaperDocuments.AUTHOR, name);
                if (q == null) {
                    throw new SearchQueryException("`author:" + SearchQueryParser.clip(name) + "` has no name in it; e.g. `author:hinton` or `author:\"Yann LeCun\"`.");
                }
                alternatives.add(q);
            }
            filter.add(anyOf(alternatives), Occur.FILTER);
            anyFilter = true;
        }
        if (query.since().isPresent()) {
            long from = query.since().get().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            filter.add(LongPoint.newRangeQuery(PaperDocuments.PUBLISHED, from, Long.MAX_VALUE), Occur.FILTER);
            anyFilter = true;
        }
        List<Query> phrases = new ArrayList<>();
        for (String phrase : query.phrases()) {
            Query inTitle = englishBuilder.createPhraseQuery(PaperDocuments.TITLE, phrase);
            Query inAbstract = englishBuilder.createPhraseQuery(PaperDocuments.ABSTRACT, phrase);
            if (inTitle != null && inAbstract != null) {
                Query either = anyOf(List.of(new BoostQuery(inTitle, CompiledQuery.TITLE_BOOST), inAbstract));
                phrases.add(either);
                filter.add(either, Occur.FILTER);
                anyFilter = true;
            }
        }
        String text = String.join(" ", query.words()) + (extraText.isEmpty() ? "" : " " + extraText);
        return new CompiledQuery(words(text), phrases, anyFilter ? filter.build() : null, exclude.map(id -> new Term(PaperDocuments.ID, id)));
    }

    /** For each word of the text, the index terms it could match: title and abstract stems, an author name. */
    private List<List<Term>> words(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<List<Term>> out = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            List<Term> terms = new ArrayList<>();
            for (String t : terms(english, PaperDocuments.TITLE, word)) {
                terms.add(new Term(PaperDocuments.TITLE, t));
            }
            for (String name : terms(names, PaperDocuments.AUTHOR, word)) {
                if (name.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(name)) {
                    terms.add(new Term(PaperDocuments.AUTHOR, name));
                }
            }
            if (!terms.isEmpty() && seen.add(terms.toString()) && out.size() < MAX_TERMS) {
                out.add(terms);
            }
        }
        return out;
    }

    /** The distinct terms an analyzer makes of a text, in order, at most {@link #MAX_TERMS}. */
    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return out;
    }

    private static Query anyOf(List<Query> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        alternatives.forEach(q -> b.add(q, Occur.SHOULD));
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }
}
