package dev.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene side of a query.
 *
 * @param words   for each word of the query, the index terms it could match (title and abstract stems, author name)
 * @param phrases required phrases, scored too
 * @param filter  what every hit must satisfy (null when nothing is required)
 * @param exclude the paper a {@code like:} search starts from, never a hit. Kept out of the filter: any filter makes
 *                a vector search collect the matching papers first, which for "all but one" costs more than the
 *                search itself
 */
record CompiledQuery(List<List<Term>> words, List<Query> phrases, Query filter, Optional<Term> exclude) {

    /**
     * Words beyond this many are dropped, the commonest first: a pasted title or a {@code like:} paper's title
     * has a dozen, and "model" or "learning" in 40,000 abstracts cost more time than they add evidence.
     */
    static final int MAX_SCORED_WORDS = 8;
    /** Weights of a word found in the title and in the abstract; tuned with `paperboy eval search`. */
    static final float TITLE_BOOST = 2f;
    static final float ABSTRACT_BOOST = 0.3f;

    boolean hasWords() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    /**
     * BM25 over the rarest {@link #MAX_SCORED_WORDS} words the index knows, in title and abstract (weighted) and
     * author names; phrases are required. One flat disjunction of term queries is what Lucene's dynamic pruning
     * skips through fastest: taking the better of title and abstract per word (a disjunction-max) ranked as well
     * but took five times as long over 100,000 papers (docs/PERFORMANCE.md).
     */
    Optional<Query> wordsQuery(IndexReader reader) throws IOException {
        List<List<Term>> known = new ArrayList<>();
        List<Integer> frequency = new ArrayList<>();
        for (List<Term> word : words) {
            int df = frequency(reader, word);
            if (df > 0) {
                known.add(word);
                frequency.add(df);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(frequency::get));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<Term> added = new LinkedHashSet<>();
        for (int i : order.subList(0, Math.min(MAX_SCORED_WORDS, order.size()))) {
            for (Term t : known.get(i)) {
                if (!added.add(t)) {
                    continue;
                }
                if (t.field().equals(PaperDocuments.TITLE)) {
                    b.add(new BoostQuery(new TermQuery(t), TITLE_BOOST), Occur.SHOULD);
                    b.add(new BoostQuery(new TermQuery(new Term(PaperDocuments.ABSTRACT, t.bytes())), ABSTRACT_BOOST), Occur.SHOULD);
                } else if (t.field().equals(PaperDocuments.AUTHOR)) {
                    b.add(new TermQuery(t), Occur.SHOULD);
                }
            }
        }
        phrases.forEach(p -> b.add(p, Occur.MUST));
        return added.isEmpty() && phrases.isEmpty() ? Optional.empty() : Optional.of(b.build());
    }

    /** How many times the query's words outnumber those the index knows (1 when it knows them all). */
    float unknownShare(IndexReader reader) throws IOException {
        int known = 0;
        for (List<Term> word : words) {
            known += frequency(reader, word) > 0 ? 1 : 0;
        }
        return known == 0 ? 1f : (float) words.size() / known;
    }

    /** In how many papers a word occurs at most, in any of the fields it is searched in. */
    private static int frequency(IndexReader reader, List<Term> word) throws IOException {
        int df = 0;
        for (Term t : word) {
            df = Math.max(df, reader.docFreq(t));
            if (t.field().equals(PaperDocuments.TITLE)) {
                df = Math.max(df, reader.docFreq(new Term(PaperDocuments.ABSTRACT, t.bytes())));
            }
        }
        return df;
    }
}
