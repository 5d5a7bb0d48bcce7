package dev.paperboy.app;

import dev.paperboy.channel.ChannelSettings;
import dev.paperboy.channel.CommandLimits;
import dev.paperboy.channel.RetryPolicy;
import dev.paperboy.summary.Summarizer;
import dev.paperboy.tag.TagVocabulary;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;

/**
 * What {@link Wiring} reads from the config before it opens anything: every setting read and checked in one fixed
 * order, so a bad config stops the process before the database opens, and always with the same first error.
 *
 * @param summarizerOver the summarizer the settings ask for, once the stores it reads are open
 * @param password       the database password ({@code PAPERBOY_DB_PASSWORD} or its file); never printed
 */
record CheckedSettings(TagVocabulary vocabulary, ChannelSettings channelDefaults, CommandLimits commandLimits,
                       Function<SummaryWiring.Stores, Summarizer> summarizerOver, RetryPolicy retry, String password, int searchResults) {

    static CheckedSettings read(Config config, Clock clock) throws ConfigException, IOException {
        TagVocabulary vocabulary = Settings.loadVocabulary(config);
        ChannelSettings channelDefaults = Settings.channelDefaults(config);
        CommandLimits commandLimits = Settings.commandLimits(config);
        var summarizerOver = SummaryWiring.summarizer(config, System.getenv(), clock);
        Settings.checkRanking(config);
        RetryPolicy retry = Settings.retryPolicy(config);
        ScheduleParts.check(config);
        String password = Settings.password();
        int searchResults = Settings.searchResults(config);
        return new CheckedSettings(vocabulary, channelDefaults, commandLimits, summarizerOver, retry, password, searchResults);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "CheckedSettings[channelDefaults=" + channelDefaults + ", commandLimits=" + commandLimits + ", retry=" + retry
                + ", searchResults=" + searchResults + "]";
    }
}
