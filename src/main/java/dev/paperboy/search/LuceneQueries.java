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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into Lucene queries built term by term, never through Lucene's query syntax, so
 * user text cannot be an error or an injection: {@code *:*} is two asterisks and a colon, which the analyzer
 * drops. Filters go into one query applied to both the words and the vector search.
 */
final class LuceneQueries {

    /** A title word counts this much more than an abstract word. */
    static final float TITLE_BOOST = 2f;
    /** More distinct words than this add noise and time, not precision. */
    static final int MAX_TERMS = 64;

    /**
     * The Lucene side of a query.
     *
     * @param words   BM25 over title, abstract and authors (empty when no word survives analysis)
     * @param terms   for each word of the query, the index terms it could match
     * @param filter  what every hit must satisfy (null when nothing is required)
     * @param exclude the paper a {@code like:} search starts from, never a hit. Kept out of the filter: any
     *                filter makes a vector search collect the matching papers first, which for "all but one"
     *                costs more than the search itself
     */
    record Compiled(Optional<Query> words, List<List<Term>> terms, Query filter, Optional<Term> exclude) {
    }

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

    Compiled compile(SearchQuery query, String extraText, Optional<String> exclude) throws SearchQueryException {
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
                Query either = anyOf(List.of(new BoostQuery(inTitle, TITLE_BOOST), inAbstract));
                phrases.add(either);
                filter.add(either, Occur.FILTER);
                anyFilter = true;
            }
        }
        String text = String.join(" ", query.words()) + (extraText.isEmpty() ? "" : " " + extraText);
        Words words = words(text, phrases);
        return new Compiled(words.query(), words.terms(), anyFilter ? filter.build() : null, exclude.map(id -> new Term(PaperDocuments.ID, id)));
    }

    /** The words' query, and the index terms each counted word could match (to tell how much of it is unknown). */
    private record Words(Optional<Query> query, List<List<Term>> terms) {
    }

    /**
     * Each word: the better of its title and abstract matches (a title match counting double), plus author
     * names; phrases are required and scored. Taking the better match rather than the sum measured better
     * (`paperboy eval search`): a word in both title and abstract is not twice the evidence.
     */
    private Words words(String text, List<Query> phrases) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<Term> added = new LinkedHashSet<>();
        List<List<Term>> perWord = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            List<Term> terms = new ArrayList<>();
            for (String t : terms(english, PaperDocuments.TITLE, word)) {
                terms.add(new Term(PaperDocuments.TITLE, t));
                terms.add(new Term(PaperDocuments.ABSTRACT, t));
            }
            for (String name : terms(names, PaperDocuments.AUTHOR, word)) {
                if (name.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(name)) {
                    terms.add(new Term(PaperDocuments.AUTHOR, name));
                }
            }
            if (terms.isEmpty() || added.size() >= MAX_TERMS * 3) {
                continue;
            }
            perWord.add(terms);
            for (Term t : terms) {
                if (!added.add(t)) {
                    continue;
                }
                if (t.field().equals(PaperDocuments.TITLE)) {
                    b.add(new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(t), TITLE_BOOST),
                            new TermQuery(new Term(PaperDocuments.ABSTRACT, t.bytes()))), 0.1f), Occur.SHOULD);
                } else if (t.field().equals(PaperDocuments.AUTHOR)) {
                    b.add(new TermQuery(t), Occur.SHOULD);
                }
            }
        }
        for (Query phrase : phrases) {
            b.add(phrase, Occur.MUST);
        }
        return new Words(added.isEmpty() && phrases.isEmpty() ? Optional.empty() : Optional.of(b.build()), perWord);
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
