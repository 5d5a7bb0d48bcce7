package dev.paperboy.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Settings as flat dotted keys ({@code digest.size}). Precedence, lowest first: the defaults built into the jar
 * (a copy of {@code config/paperboy.yaml}), the config file, environment variables {@code PAPERBOY_<KEY>} (dots
 * and dashes as underscores, e.g. {@code PAPERBOY_RANKING_MODE}), then {@code --set key=value}. Only keys the
 * defaults define are accepted, so a typo is an error with a suggestion, not a silently ignored setting.
 */
public final class Config {

    static final String DEFAULTS = "/defaults/paperboy.yaml";

    private final Map<String, String> values;

    private Config(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Loads the layers; {@code file} may be absent unless {@code explicit}. */
    public static Config load(Path file, boolean explicit, Map<String, String> env, List<String> sets) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        try (InputStream in = Config.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new ConfigException("built-in defaults " + DEFAULTS + " are missing from the jar");
            }
            flatten("", new ObjectMapper(new YAMLFactory()).readTree(in), values);
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in defaults: " + e.getMessage());
        }
        if (file != null && Files.exists(file)) {
            Map<String, String> fromFile = new LinkedHashMap<>();
            try {
                JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
                if (tree != null) {
                    flatten("", tree, fromFile);
                }
            } catch (IOException e) {
                throw new ConfigException(file + " is not valid YAML: " + e.getMessage());
            }
            for (Map.Entry<String, String> e : fromFile.entrySet()) {
                requireKnown(values, e.getKey(), file.toString());
                values.put(e.getKey(), e.getValue());
            }
        } else if (explicit) {
            throw new ConfigException("config file " + file + " does not exist");
        }
        for (String key : List.copyOf(values.keySet())) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set takes key=value, got '" + set + "'");
            }
            String key = set.substring(0, eq).strip();
            requireKnown(values, key, "--set");
            values.put(key, set.substring(eq + 1).strip());
        }
        return new Config(values);
    }

    /** {@code digest.size} is read from {@code PAPERBOY_DIGEST_SIZE}. */
    public static String envName(String key) {
        return "PAPERBOY_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Config with(String key, String value) throws ConfigException {
        requireKnown(values, key, "override");
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Config(copy);
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no config key " + key);
        }
        return value;
    }

    public int integer(String key) throws ConfigException {
        try {
            return Integer.parseInt(string(key).strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + string(key) + "'");
        }
    }

    public double decimal(String key) throws ConfigException {
        try {
            return Double.parseDouble(string(key).strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a number, got '" + string(key) + "'");
        }
    }

    public boolean bool(String key) throws ConfigException {
        String v = string(key).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key + " must be true or false, got '" + v + "'");
        };
    }

    /** A list: YAML sequences are stored comma-separated, and {@code --set} takes the same form. */
    public List<String> list(String key) {
        String v = string(key).strip();
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Duration hours(String key) throws ConfigException {
        return Duration.ofMinutes(Math.round(decimal(key) * 60));
    }

    public Optional<String> optional(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static void requireKnown(Map<String, String> known, String key, String where) throws ConfigException {
        if (!known.containsKey(key)) {
            String close = known.keySet().stream()
                    .sorted(Comparator.comparingInt(k -> distance(k, key)))
                    .limit(3).collect(Collectors.joining(", "));
            throw new ConfigException(where + ": unknown setting '" + key + "'. Closest: " + close);
        }
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            out.put(prefix, String.join(",", items));
        } else {
            out.put(prefix, node.isNull() ? "" : node.asText());
        }
    }
}
