package dev.paperboy.app;

import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcPaperStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paperboy backup --to FILE.zip}: a consistent copy of the H2 database, also while the bot runs. It opens only
 * the database (not the search index, which the bot holds): a running bot serves its H2 file to local processes
 * ({@link Database#shared}), and H2's {@code BACKUP TO} copies it online, written by the process that owns the file.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the H2 database to a zip file, also while the bot runs "
        + "(PostgreSQL: use pg_dump).")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--to", required = true, paramLabel = "FILE.zip")
    Path to;

    @Override
    public Integer call() throws Exception {
        Config config = global.load();
        String url = config.string("db.url");
        if (!url.startsWith("jdbc:h2:")) {
            System.err.println("paperboy: backup copies H2 databases; for PostgreSQL use pg_dump.");
            return 2;
        }
        Path target = to.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (Database database = Database.open(url, config.string("db.user"), Settings.password(), 2)) {
            database.backupTo(target);
            System.out.println("Backed up " + new JdbcPaperStore(database.dataSource(), Clock.systemUTC()).count()
                    + " papers and all channels to " + target);
            return 0;
        }
    }
}
