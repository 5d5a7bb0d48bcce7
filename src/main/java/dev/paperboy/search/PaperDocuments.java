package dev.paperboy.search;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * The index's schema: how a paper becomes a Lucene document and a stored document becomes a hit. Title and
 * abstract are English-stemmed; author names are only lower-cased and folded to ASCII (so {@code muller}
 * finds Müller), one field value per author so a name phrase never spans two people.
 */
final class PaperDocuments {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String CAT = "cat";
    static final String PUBLISHED = "published";
    static final String VECTOR = "vector";
    private static final String AUTHORS_STORED = "authors";
    private static final String TAGS_STORED = "tags";

    private PaperDocuments() {
    }

    /** English for title and abstract, plain folded names for authors. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(AUTHOR, names()));
    }

    static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    static Document document(IndexedPaper indexed) {
        Paper p = indexed.paper();
        Document doc = new Document();
        doc.add(new StringField(ID, p.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, p.displayTitle(), Field.Store.YES));
        doc.add(new TextField(ABSTRACT, p.abstractText(), Field.Store.NO));
        for (String author : p.authors()) {
            doc.add(new TextField(AUTHOR, author, Field.Store.NO));
        }
        doc.add(new StoredField(AUTHORS_STORED, String.join("\n", p.authors())));
        for (String tag : indexed.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
        }
        doc.add(new StoredField(TAGS_STORED, String.join(" ", indexed.tags())));
        for (String cat : categoryTerms(p.categories())) {
            doc.add(new StringField(CAT, cat, Field.Store.NO));
        }
        long millis = p.published().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, millis));
        doc.add(new NumericDocValuesField(PUBLISHED, millis));
        doc.add(new StoredField(PUBLISHED, millis));
        if (indexed.vector() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, indexed.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /** {@code cs.CL} is found by {@code cat:cs.cl} and by its archive, {@code cat:cs}. */
    static Set<String> categoryTerms(List<String> categories) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : categories) {
            String lower = c.toLowerCase(Locale.ROOT);
            out.add(lower);
            int dot = lower.indexOf('.');
            if (dot > 0) {
                out.add(lower.substring(0, dot));
            }
        }
        return out;
    }

    static SearchHit hit(Document doc, double score) {
        String authors = doc.get(AUTHORS_STORED);
        String tags = doc.get(TAGS_STORED);
        return new SearchHit(doc.get(ID), doc.get(TITLE),
                authors == null || authors.isEmpty() ? List.of() : Arrays.asList(authors.split("\n")),
                Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
                tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")), score);
    }
}
