package dev.paperboy.channel;

import dev.paperboy.recommend.Follows;
import dev.paperboy.search.PaperFilter;
import dev.paperboy.search.SearchQueryException;
import dev.paperboy.search.SearchQueryParser;
import dev.paperboy.search.TagLookup;
import dev.paperboy.tag.TagVocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel's stored follows and mutes, read by the search grammar ({@link SearchQueryParser}: one grammar, one
 * parser) for the planner. A stored query the grammar no longer reads (a tag since dropped from the vocabulary)
 * is skipped rather than failing the digest; {@code settings} still lists it, so it can be removed.
 */
public final class StoredFollows implements Follows.Lookup {

    /** Parsed queries kept, at most; beyond it the cache starts again. */
    private static final int KEPT = 10_000;

    private final ChannelStore channels;
    private final SearchQueryParser parser;
    // Parsing runs the index's analyzer over the query's words: once per distinct query, not once per plan.
    private final Map<String, Optional<PaperFilter>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public StoredFollows(ChannelStore channels, TagVocabulary vocabulary) {
        this.channels = channels;
        this.parser = parser(vocabulary);
    }

    /** The search parser over the tag vocabulary: what {@code follow}, {@code mute} and the planner read queries with. */
    static SearchQueryParser parser(TagVocabulary vocabulary) {
        return new SearchQueryParser(new TagLookup() {
            @Override
            public Map<String, List<String>> tagsOf(Collection<String> paperIds) {
                return Map.of();
            }

            @Override
            public Optional<String> known(String userText) {
                return vocabulary.find(userText).map(tag -> tag.name());
            }

            @Override
            public List<String> closest(String userText, int limit) {
                return vocabulary.suggest(userText, limit);
            }
        });
    }

    @Override
    public Follows of(long channelId) {
        List<ChannelStore.Filter> stored = channels.filters(channelId);
        if (stored.isEmpty()) {
            return Follows.NONE;
        }
        List<PaperFilter> follows = new ArrayList<>();
        List<PaperFilter> mutes = new ArrayList<>();
        if (parsed.size() > KEPT) {
            parsed.clear();
        }
        for (ChannelStore.Filter filter : stored) {
            parsed.computeIfAbsent(filter.query(), this::parse).ifPresent((filter.kind() == FilterKind.FOLLOW ? follows : mutes)::add);
        }
        return new Follows(follows, mutes);
    }

    /** Empty for a stored query the grammar no longer reads: skipped, as the class says. */
    private Optional<PaperFilter> parse(String query) {
        try {
            return Optional.of(PaperFilter.parse(parser, query));
        } catch (SearchQueryException e) {
            return Optional.empty();
        }
    }
}
