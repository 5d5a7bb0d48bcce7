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
import org.apache.lucene.search.MatchAllDocsQuery;
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
     * @param words  BM25 over title, abstract and authors (empty when no word survives analysis)
     * @param filter what every hit must satisfy (null when nothing is required)
     */
    record Compiled(Optional<Query> words, Query filter) {
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
        if (exclude.isPresent()) {
            if (!anyFilter) {
                filter.add(new MatchAllDocsQuery(), Occur.FILTER);
            }
            filter.add(new TermQuery(new Term(PaperDocuments.ID, exclude.get())), Occur.MUST_NOT);
            anyFilter = true;
        }
        String text = String.join(" ", query.words()) + (extraText.isEmpty() ? "" : " " + extraText);
        return new Compiled(words(text, phrases), anyFilter ? filter.build() : null);
    }

    /** A disjunction of each word over title and abstract, plus author names; phrases are required and scored. */
    private Optional<Query> words(String text, List<Query> phrases) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms(english, PaperDocuments.TITLE, text)) {
            b.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(PaperDocuments.TITLE, term)), TITLE_BOOST),
                    new TermQuery(new Term(PaperDocuments.ABSTRACT, term))), 0.1f), Occur.SHOULD);
            clauses++;
        }
        for (String name : terms(names, PaperDocuments.AUTHOR, text)) {
            if (name.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(name)) {
                b.add(new TermQuery(new Term(PaperDocuments.AUTHOR, name)), Occur.SHOULD);
                clauses++;
            }
        }
        for (Query phrase : phrases) {
            b.add(phrase, Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(b.build());
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
