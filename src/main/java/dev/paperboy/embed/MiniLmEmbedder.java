package dev.paperboy.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) from the jar, run by onnxruntime in this process. It reads the
 * first 128 tokens: for a paper that is the title and the opening of the abstract. The model loads on first
 * use, so commands that never embed start fast.
 */
public final class MiniLmEmbedder implements Embedder {

    static {
        // The tokenizer library (DJL) otherwise reports usage to a cloud address and caches under ~/.djl.ai.
        System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    }

    private final int threads;
    private volatile EmbeddingModel model;

    /** @param threads how many texts are embedded in parallel (the machine's cores is a good choice) */
    public MiniLmEmbedder(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public String model() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text.isBlank() ? "(empty)" : text));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        loaded().embedAll(segments).content().forEach(e -> out.add(Vectors.normalize(e.vector())));
        return out;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "embedder");
                        t.setDaemon(true);
                        return t;
                    });
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel((Executor) pool);
                }
                m = model;
            }
        }
        return m;
    }
}
