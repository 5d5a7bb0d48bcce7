package dev.paperboy.recommend;

/** Standard scores, so evidence on different scales can be added. */
final class Standard {

    private Standard() {
    }

    /** (x - mean) / sd; all zeros when the values do not vary. */
    static double[] z(double[] values) {
        int n = values.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / n);
        if (sd < 1e-12) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            out[i] = (values[i] - mean) / sd;
        }
        return out;
    }
}
