package dev.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.summary.ExtractiveSummarizer;
import dev.paperboy.summary.SentenceFeatures;
import dev.paperboy.summary.SentenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryModelFitTest {

    private static final List<String> BACKGROUND = List.of("Neural networks have become a popular tool in vision.",
            "However, existing methods remain costly on long inputs.", "Many approaches have been proposed for this task.",
            "Recently, large models have attracted much attention.", "Prior work often relies on labelled data.");

    /** Abstracts of background, then an idea labelled at a random place, then a labelled result with a number. */
    static List<LabelledAbstract> abstracts(int count, long seed) {
        Random random = new Random(seed);
        List<LabelledAbstract> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            int backgrounds = 1 + random.nextInt(3);
            for (int b = 0; b < backgrounds; b++) {
                text.append(BACKGROUND.get(random.nextInt(BACKGROUND.size()))).append(' ');
            }
            String idea = "We propose Model" + a + ", which learns a sparse cache of keys from the queries seen so far.";
            int ideaStart = text.length();
            text.append(idea).append(' ');
            text.append("It is trained end to end on unlabelled clips. ");
            String result = "Experiments on four benchmarks show that Model" + a + " outperforms prior caches by " + (10 + a) + "%.";
            int resultStart = text.length();
            text.append(result);
            out.add(new LabelledAbstract("a" + a, text.toString(), List.of(
                    new LabelledAbstract.Span(ideaStart, ideaStart + idea.length(), "idea"),
                    new LabelledAbstract.Span(resultStart, resultStart + result.length(), "result"))));
        }
        return out;
    }

    @Test
    void givenLabelledAbstracts_whenFitted_thenTheSummaryOfUnseenAbstractsHoldsTheLabelledSentences() {
        SentenceModel model = SummaryModelFit.model(SummaryModelFit.fit(abstracts(40, 1)));
        ExtractiveSummarizer summarizer = new ExtractiveSummarizer(280, model);

        for (LabelledAbstract unseen : abstracts(10, 2)) {
            String line = summarizer.extract(unseen.text()).text();
            assertThat(line).contains("We propose Model").contains("outperforms prior caches").doesNotContain("However");
        }
    }

    @Test
    void givenFolds_whenCrossValidated_thenEveryAbstractGetsAModelThatDidNotSeeIt() {
        List<LabelledAbstract> all = abstracts(20, 3);
        Map<LabelledAbstract, SentenceModel> models = SummaryModelFit.crossValidated(all, 42);
        assertThat(models).hasSize(20);
        assertThat(models.values().stream().distinct()).hasSize(SummaryModelFit.FOLDS);
    }

    @Test
    void givenFittedWeights_whenPrinted_thenEveryFeatureIsNamedForSentenceModel() {
        String constants = SummaryModelFit.javaConstants(SummaryModelFit.fit(abstracts(20, 4)));
        assertThat(constants).contains("IDEA_BIAS", "RESULT_BIAS");
        SentenceFeatures.NAMES.forEach(name -> assertThat(constants).contains("// " + name));
    }
}
