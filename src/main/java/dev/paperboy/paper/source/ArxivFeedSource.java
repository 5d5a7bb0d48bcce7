package dev.paperboy.paper.source;

import dev.paperboy.paper.ArxivAtomParser;
import dev.paperboy.paper.Paper;
import dev.paperboy.paper.PaperBatch;
import dev.paperboy.paper.PaperExtras;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The arXiv announce feed ({@code rss.arxiv.org/atom/cs.AI+cs.LG}): the latest announcement of the configured
 * categories, one request. It always holds the latest announcement only, so {@code since} does not apply;
 * days without an announcement (weekends, holidays) give an empty feed. Entries whose
 * {@code arxiv:announce_type} is not one of the configured types are left out.
 */
public final class ArxivFeedSource implements PaperSource {

    public static final String NAME = "arxiv-feed";

    /** @param announceTypes which announcements to keep: {@code new}, {@code cross}, {@code replace}, {@code replace-cross} */
    public record Settings(HttpUrl baseUrl, List<String> categories, Set<String> announceTypes) {
        public Settings {
            categories = List.copyOf(categories);
            announceTypes = announceTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("the arXiv announce feed needs at least one category");
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ArxivFeedSource.class);

    private final PoliteHttp http;
    private final Settings settings;
    private final ArxivAtomParser parser = new ArxivAtomParser();

    public ArxivFeedSource(PoliteHttp http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FetchReport fetch(LocalDate since, LocalDate until, Sink sink) {
        String joined = String.join("+", settings.categories());
        HttpUrl url = settings.baseUrl().newBuilder().addPathSegment(joined).build();
        ArxivAtomParser.Page page;
        try {
            page = parser.parse(http.get(url), NAME);
        } catch (SourceException | IllegalArgumentException e) {
            log.warn("source.failed source={} feed={} reason=\"{}\"", NAME, joined, e.getMessage());
            return new FetchReport(1, List.of(joined + ": " + e.getMessage()));
        }
        PaperBatch all = page.batch();
        List<Paper> kept = new ArrayList<>();
        Map<String, PaperExtras> extras = new LinkedHashMap<>();
        for (Paper paper : all.papers()) {
            PaperExtras announced = all.extras().getOrDefault(paper.id(), PaperExtras.announced(paper.id(), ""));
            // An entry that names no type cannot be filtered by it; dropping it would lose a paper for a missing tag.
            if (announced.announceType().isEmpty() || settings.announceTypes().contains(announced.announceType())) {
                kept.add(paper);
                extras.put(paper.id(), announced);
            }
        }
        log.debug("source.feed feed={} entries={} kept={}", joined, all.papers().size(), kept.size());
        if (!kept.isEmpty() || !all.skipped().isEmpty()) {
            sink.accept(joined, new PaperBatch(all.format(), kept, Map.of(), all.reader(), all.skipped(), extras));
        }
        return new FetchReport(1, List.of());
    }
}
