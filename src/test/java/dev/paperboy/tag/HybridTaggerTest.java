package dev.paperboy.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.embed.EmbeddingService;
import dev.paperboy.paper.Paper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hybrid tagger's plumbing with a word-hashing embedder: evidence combined, corrections learned from. */
class HybridTaggerTest {

    private static TagVocabulary vocabulary;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("config/tags.yaml"))) {
            vocabulary = TagVocabulary.read(in, "config/tags.yaml");
        }
    }

    private static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of(), List.of(), Instant.EPOCH, 0, 0, "test");
    }

    private static Optional<TagScore> find(List<TagScore> tags, String name) {
        return tags.stream().filter(t -> t.tag().equals(name)).findFirst();
    }

    @Test
    void givenAPaperThatNamesATagInTitleAndAbstract_whenTagged_thenItGetsThatTagWithAConfidenceAndNotUnrelatedOnes() {
        EmbeddingService embeddings = EmbeddingService.inMemory(new WordHashEmbedder(), java.util.Map.of());
        Tagger tagger = new HybridTagger(vocabulary, vocabulary, embeddings, Map::of, TaggerWeights.CALIBRATED, 0.258);
        List<TagScore> tags = tagger.tag(paper("p1", "Mamba: selective state space models for long sequences",
                "We introduce a selective state space model (SSM) whose linear recurrence processes long sequences in linear time."));
        assertThat(find(tags, "state-space-model")).get().satisfies(t -> {
            assertThat(t.confidence()).isBetween(0.258, 1.0);
            assertThat(t.origin()).isEqualTo(TagScore.MACHINE);
        });
        assertThat(tags).extracting(TagScore::tag).doesNotContain("robotics", "medical", "speech-audio");
        assertThat(tags).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @Test
    void givenCuratorsTaggedSimilarPapers_whenTheTaggerRereadsThem_thenASimilarPaperScoresHigherForThatTag() {
        WordHashEmbedder embedder = new WordHashEmbedder();
        EmbeddingService embeddings = EmbeddingService.inMemory(embedder, java.util.Map.of());
        Map<String, List<String>> curated = new HashMap<>();
        // A tiny threshold shows every tag's probability.
        Tagger tagger = new HybridTagger(vocabulary, vocabulary, embeddings, () -> curated, TaggerWeights.CALIBRATED, 1e-9);
        List<Paper> shown = List.of(
                paper("e1", "Melanoma lesions in dermoscopy", "Dermoscopy lesions melanoma skin dermatology detection from photographs."),
                paper("e2", "Skin lesion triage", "Dermatology lesions melanoma skin dermoscopy triage with photographs."),
                paper("e3", "Dermatologist-level lesion grading", "Melanoma dermoscopy skin lesions graded like dermatology experts."));
        Paper next = paper("n1", "Dermoscopy melanoma screening", "Skin lesions in dermatology photographs screened for melanoma.");
        tagger.tagAll(shown);
        double before = find(tagger.tag(next), "medical").orElseThrow().confidence();

        curated.put("medical", List.of("e1", "e2", "e3"));
        tagger.examplesChanged();
        double after = find(tagger.tag(next), "medical").orElseThrow().confidence();

        assertThat(after).isGreaterThan(before * 1.5);
    }

    @Test
    void givenTheTagTextsWereEmbeddedOnce_whenAnotherTaggerIsBuilt_thenTheyAreNotEmbeddedAgain() {
        WordHashEmbedder embedder = new WordHashEmbedder();
        Paper p = paper("p1", "Diffusion models", "Denoising diffusion for images.");
        new HybridTagger(vocabulary, vocabulary, EmbeddingService.inMemory(embedder, java.util.Map.of()), Map::of,
                TaggerWeights.CALIBRATED, 0.258).tag(p);
        int calls = embedder.calls;
        new HybridTagger(vocabulary, vocabulary, EmbeddingService.inMemory(embedder, java.util.Map.of()), Map::of,
                TaggerWeights.CALIBRATED, 0.258).tag(p);
        assertThat(embedder.calls - calls).as("only the paper is embedded").isEqualTo(1);
    }
}
