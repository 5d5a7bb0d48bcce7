package dev.paperboy.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config} and {@code --set}, on every command. */
public final class GlobalOptions {

    static final Path DEFAULT_CONFIG = Path.of("config/paperboy.yaml");

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: config/paperboy.yaml when it exists).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, e.g. --set digest.size=3 (repeatable).")
    List<String> sets = new ArrayList<>();

    Config load() throws ConfigException {
        return Config.load(config == null ? DEFAULT_CONFIG : config, config != null, System.getenv(), sets);
    }
}
