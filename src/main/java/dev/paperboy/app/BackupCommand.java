package dev.paperboy.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperboy backup --to FILE.zip}: a consistent copy of the H2 database while the bot may be running. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the H2 database to a zip file (PostgreSQL: use pg_dump).")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--to", required = true, paramLabel = "FILE.zip")
    Path to;

    @Override
    public Integer call() throws Exception {
        try (Wiring app = Wiring.open(global.load(), Clock.systemUTC())) {
            if (!app.database().isH2()) {
                System.err.println("paperboy: backup copies H2 databases; for PostgreSQL use pg_dump.");
                return 2;
            }
            if (to.getParent() != null) {
                Files.createDirectories(to.getParent());
            }
            app.database().backupTo(to);
            System.out.println("Backed up " + app.papers().count() + " papers and all channels to " + to);
            return 0;
        }
    }
}
