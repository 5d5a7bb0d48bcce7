package dev.paperboy.recommend;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression on dense features, trained by full-batch gradient descent with
 * Adam steps. Small problems (a channel's few hundred examples) train in milliseconds.
 */
final class LogisticRegression {

    /** One training example: features, label 1 or 0, and how much it counts. */
    record Example(float[] x, int label, double weight) {
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
                double err = (sigmoid(model.logit(e.x())) - e.label()) * e.weight() / totalWeight;
                float[] x = e.x();
                for (int i = 0; i < dimension; i++) {
                    grad[i] += err * x[i];
                }
                grad[dimension] += err;
            }
            for (int i = 0; i < dimension; i++) {
                grad[i] += l2 * model.w[i];
            }
            for (int i = 0; i <= dimension; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
                v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
                double mHat = m[i] / (1 - Math.pow(beta1, epoch));
                double vHat = v[i] / (1 - Math.pow(beta2, epoch));
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

    double logit(float[] x) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The logit of a paper's features, computed without building them ({@link PaperFeatures#dot}). */
    double logit(float[] embedding, PaperFeatures.Indicators indicators) {
        return b + PaperFeatures.dot(weights, embedding, indicators);
    }

    double probability(float[] x) {
        return sigmoid(logit(x));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
