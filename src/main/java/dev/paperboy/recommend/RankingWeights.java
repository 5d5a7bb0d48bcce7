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
 */
public record RankingWeights(double taste, double lexical, double tags, double popularity, double freshness,
                             double exploration, int background) {

    public static RankingWeights defaults() {
        return new RankingWeights(1.0, 0.5, 0.3, 0.15, 0.15, 0.1, 300);
    }
}
