package dev.paperboy.app;

import dev.paperboy.search.PaperIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where this process's search index lives ({@code search.index-dir}): in memory for an in-memory database, else a
 * folder; beside a running bot that holds the folder, the bot's index read-only.
 */
final class SearchIndexFolder {

    private SearchIndexFolder() {
    }

    /** The index caches the database: an in-memory database gets an in-memory index. */
    static PaperIndex open(Config config, boolean besideBot) throws ConfigException {
        String dir = config.string("search.index-dir").strip();
        if (dir.equalsIgnoreCase("memory") || config.string("db.url").startsWith("jdbc:h2:mem:")) {
            return PaperIndex.inMemory();
        }
        try {
            return PaperIndex.open(Path.of(dir));
        } catch (PaperIndex.InUseException e) {
            if (!besideBot) {
                throw new ConfigException("cannot open the search index: " + e.getMessage());
            }
            LoggerFactory.getLogger(SearchIndexFolder.class).info("a running bot holds the search index at {}; reading it, and the bot "
                    + "indexes what this command stores", dir);
            try {
                return PaperIndex.readOnly(Path.of(dir));
            } catch (IOException again) {
                throw new ConfigException("cannot read the search index: " + again.getMessage());
            }
        } catch (IOException e) {
            throw new ConfigException("cannot open the search index: " + e.getMessage());
        }
    }
}
