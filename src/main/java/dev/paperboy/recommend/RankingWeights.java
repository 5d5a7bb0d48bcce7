package dev.paperboy.recommend;

/**
 * How the learned ranker mixes its evidence. Taste, tag relevance, popularity and freshness are each
 * standardised across the candidates before they are weighted, so the weights compare like with like.
 *
 * @param taste       weight of the channel's learned taste once it has enough feedback
 * @param lexical     share of the lexical profile within taste (the rest is the embedding model)
 * @param tags        weight of matching the channel's tags
 * @param popularity  weight of upvotes
 * @param freshness   weight of being new
 * @param exploration share of a digest's slots spent on papers the model is unsure of
 * @param background  how many unlabelled candidates are sampled as weak negatives when training
 * @param backgroundWeight how much those sampled candidates weigh together, in multiples of the liked papers
 * @param dislike     how much a disliked paper weighs in the embedding model, a liked one weighing 1
 * @param priorFade   share of the fixed priors (tags, popularity, freshness) that gives way to taste as a channel's
 *                    feedback grows: 0 keeps them at full weight, 1 lets them fade as taste's confidence rises
 */
public record RankingWeights(double taste, double lexical, double tags, double popularity, double freshness,
                             double exploration, int background, double backgroundWeight, double dislike, double priorFade) {

    public static RankingWeights defaults() {
        return new RankingWeights(1.0, 0.5, 0.3, 0.15, 0.15, 0.1, 300, 1.0, 1.0, 0.0);
    }
}
