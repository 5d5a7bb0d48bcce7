package dev.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the words of a paper can tell about the simulated interests, as a reference beside the bot's figures: the
 * arxiv-sanity TF-IDF SVM ({@link TfIdfSvm}) trained, for each interest, on every listing paper outside the
 * simulated days with its true categories (tens of thousands of labelled papers, where a channel has 3 seeds and
 * its members' reactions), then picking 5 papers a day from the same candidates a channel has (the seed days and
 * the days so far, minus what it was shown and its seeds), scored by the same precision@5. No user takes this
 * path, and it proves nothing about the bot: it says how far a ranker that reads titles and abstracts could get on
 * these interests if it were told everything the listings know.
 */
final class FeedbackCeiling {

    /** Precision@5 per day (1-based index k-1), per interest over the scored days, and their mean. */
    record Result(double[] perDay, Map<String, Double> perInterest, double scored, int trainedOn) {
    }

    /**
     * The two references: the SVM told the categories of the papers outside the simulated days, and {@code inSample},
     * told also those of the simulated days' own papers, those it then ranks: not a reference any ranker could reach,
     * but a bound on what a linear model of the words separates at all on these interests.
     */
    record References(Result otherDays, Result inSample) {
    }

    private final List<FeedbackSimulation.Interest> interests;
    private final int days;
    private final int scoredFrom;
    private final long seed;
    private final Map<String, List<String>> categories = new HashMap<>();
    private final List<String> seedPool;
    private final List<List<String>> runDays;
    private final Set<String> window = new HashSet<>();
    private final int papers;
    private final TfIdfSvm svm;

    private FeedbackCeiling(List<JsonNode> rows, List<FeedbackSimulation.Interest> interests, int startDay, int days, int scoredFrom, long seed) {
        this.interests = interests;
        this.days = days;
        this.scoredFrom = scoredFrom;
        this.seed = seed;
        TreeMap<LocalDate, List<String>> byDay = new TreeMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String id = row.get("id").asText();
            byDay.computeIfAbsent(LocalDate.parse(row.get("listing_date").asText()), d -> new ArrayList<>()).add(id);
            categories.put(id, EvalData.strings(row.get("categories")));
            texts.put(id, row.get("title").asText() + "\n" + row.get("abstract").asText());
        }
        List<LocalDate> calendar = new ArrayList<>(byDay.keySet());
        this.seedPool = calendar.subList(startDay - FeedbackSimulation.SEED_DAYS, startDay).stream()
                .flatMap(d -> byDay.get(d).stream()).toList();
        this.runDays = calendar.subList(startDay, startDay + days).stream().map(byDay::get).toList();
        window.addAll(seedPool);
        runDays.forEach(window::addAll);
        this.papers = texts.size();
        this.svm = new TfIdfSvm(texts); // the corpus vectorised once for both references
    }

    static References run(List<JsonNode> rows, List<FeedbackSimulation.Interest> interests, int startDay, int days, int scoredFrom, long seed) {
        FeedbackCeiling ceiling = new FeedbackCeiling(rows, interests, startDay, days, scoredFrom, seed);
        return new References(ceiling.result(false), ceiling.result(true));
    }

    private Result result(boolean inSample) {
        double[] perDay = new double[days];
        Map<String, Double> perInterest = new LinkedHashMap<>();
        for (FeedbackSimulation.Interest interest : interests) {
            Set<String> inside = categories.entrySet().stream()
                    .filter(e -> (inSample || !window.contains(e.getKey())) && interest.matches(e.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            Map<String, Double> margin = svm.scores(inside, id -> inSample || !window.contains(id), seed);
            Set<String> unavailable = new HashSet<>(FeedbackSimulation.seeds(seedPool, categories, interest, seed));
            List<String> pool = new ArrayList<>(seedPool);
            double scored = 0;
            for (int k = 0; k < days; k++) {
                pool.addAll(runDays.get(k));
                List<String> picks = pool.stream().filter(id -> !unavailable.contains(id))
                        .sorted(Comparator.comparing((String id) -> -margin.get(id)).thenComparing(id -> id))
                        .limit(FeedbackSimulation.SIZE).toList();
                unavailable.addAll(picks);
                double precision = picks.stream().filter(id -> interest.matches(categories.get(id))).count() / (double) FeedbackSimulation.SIZE;
                perDay[k] += precision / interests.size();
                if (k + 1 >= scoredFrom) {
                    scored += precision;
                }
            }
            perInterest.put(interest.name(), scored / (days - scoredFrom + 1));
        }
        double mean = perInterest.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Result(perDay, perInterest, mean, inSample ? papers : papers - window.size());
    }
}
