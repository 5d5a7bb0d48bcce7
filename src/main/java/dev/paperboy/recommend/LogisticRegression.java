package dev.paperboy.recommend;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression on a paper's features ({@link PaperFeatures}: a dense sentence
 * vector, then a few indicators), trained by full-batch gradient descent with Adam steps. Small problems (a
 * channel's few hundred examples) train in milliseconds; the indicators are read sparsely.
 */
final class LogisticRegression {

    /** One training example: a paper's sentence vector and indicators, label 1 or 0, and how much it counts. */
    record Example(float[] embedding, PaperFeatures.Indicators indicators, int label, double weight) {
    }

    private final double[] w;
    private double b;
    /** The weights in single precision for ranking, where thousands of dot products per plan are read from memory. */
    private final float[] weights;

    private LogisticRegression(int dimension) {
        this.w = new double[dimension];
        this.weights = new float[dimension];
    }

    static LogisticRegression train(List<Example> examples, int dimension, double l2, int epochs) {
        LogisticRegression model = new LogisticRegression(dimension);
        if (examples.isEmpty()) {
            return model;
        }
        double totalWeight = examples.stream().mapToDouble(Example::weight).sum();
        double[] m = new double[dimension + 1];
        double[] v = new double[dimension + 1];
        double[] grad = new double[dimension + 1];
        double rate = 0.05;
        double beta1 = 0.9;
        double beta2 = 0.999;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Arrays.fill(grad, 0);
            for (Example e : examples) {
                float[] x = e.embedding();
                int[] offsets = e.indicators().offsets();
                float[] values = e.indicators().values();
                int dense = x.length;
                double err = (sigmoid(model.logit(e)) - e.label()) * e.weight() / totalWeight;
                for (int i = 0; i < dense; i++) {
                    grad[i] += err * x[i];
                }
                for (int k = 0; k < offsets.length; k++) {
                    grad[dense + offsets[k]] += err * values[k];
                }
                grad[dimension] += err;
            }
            for (int i = 0; i < dimension; i++) {
                grad[i] += l2 * model.w[i];
            }
            double mCorrection = 1 - Math.pow(beta1, epoch);
            double vCorrection = 1 - Math.pow(beta2, epoch);
            for (int i = 0; i <= dimension; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
                v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
                double mHat = m[i] / mCorrection;
                double vHat = v[i] / vCorrection;
                double step = rate * mHat / (Math.sqrt(vHat) + 1e-8);
                if (i < dimension) {
                    model.w[i] -= step;
                } else {
                    model.b -= step;
                }
            }
        }
        for (int i = 0; i < dimension; i++) {
            model.weights[i] = (float) model.w[i];
        }
        return model;
    }

    /** The logit of a paper's features as {@link PaperFeatures#of} lays them out: the definition the fast paths keep to. */
    double logit(float[] x) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The logit of an example, from its embedding and its sparse indicators. */
    double logit(Example e) {
        float[] x = e.embedding();
        int[] offsets = e.indicators().offsets();
        float[] values = e.indicators().values();
        double z = b;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        for (int k = 0; k < offsets.length; k++) {
            z += w[x.length + offsets[k]] * values[k];
        }
        return z;
    }

    /** The logit of candidate {@code i} of {@code features}, without building its features. */
    double logit(RankingFeatures features, int i) {
        return features.logit(i, weights, b);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
