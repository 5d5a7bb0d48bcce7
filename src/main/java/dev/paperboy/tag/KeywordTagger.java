package dev.paperboy.tag;

import dev.paperboy.paper.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tags a paper by the vocabulary's words: the tag's name and keywords, matched as whole words, count double in
 * the title; an arXiv category the tag lists adds a little. Fast and transparent; the baseline any smarter
 * tagger is measured against.
 */
public final class KeywordTagger implements Tagger {

    private final KeywordEvidence evidence;
    private final List<Tag> tags;
    private final double threshold;

    /**
     * @param threshold the least evidence that assigns a tag; 1.0 means one keyword in the abstract
     */
    public KeywordTagger(TagVocabulary vocabulary, double threshold) {
        this.threshold = threshold;
        this.evidence = new KeywordEvidence(vocabulary);
        this.tags = evidence.tags();
    }

    @Override
    public List<TagScore> tag(Paper paper) {
        List<TagScore> out = new ArrayList<>();
        List<KeywordEvidence.Hits> hits = evidence.of(paper);
        for (int i = 0; i < tags.size(); i++) {
            double score = hits.get(i).score();
            if (score >= threshold) {
                // Saturating: three hits is near certain, one is a hint.
                double confidence = 1.0 - Math.exp(-score / 2.0);
                out.add(new TagScore(tags.get(i).name(), Math.round(confidence * 1000) / 1000.0, TagScore.MACHINE));
            }
        }
        out.sort(Comparator.comparingDouble(TagScore::confidence).reversed());
        return out;
    }
}
