package fr.pilotis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The French bundle is the UI: every key a template or the code uses exists in it, English has the
 * same keys, and no template carries a literal text that a translator would never see.
 */
class MessageBundleTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path SOURCES = Path.of("src/main/java");

    @Test
    void englishHasExactlyTheFrenchKeys() throws IOException {
        for (Path french : bundles()) {
            Path english = Path.of(french.toString().replace(".properties", "_en.properties"));
            assertThat(keys(load(english))).as(english.toString()).isEqualTo(keys(load(french)));
        }
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path french : bundles()) {
            for (Path file : List.of(french, Path.of(french.toString().replace(".properties", "_en.properties")))) {
                load(file).forEach((key, value) -> {
                    String text = value.toString();
                    // MessageFormat reads a lone ' as a quote when the message has arguments
                    if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                        wrong.add(file.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path french : bundles()) {
            known.addAll(keys(load(french)));
        }
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Pattern codeKey =
                Pattern.compile("\"((?:validation|organisation|access|activation|admin|error)\\.[a-zA-Z.]+[a-zA-Z])\"");
        for (Path file : files(TEMPLATES, ".html")) {
            collect(templateKey, Files.readString(file), used);
        }
        for (Path file : files(SOURCES, ".java")) {
            collect(codeKey, Files.readString(file), used);
        }
        used.removeIf(key -> key.endsWith(".")); // prefixes of keys built at runtime
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !known.contains(key)).toList()).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        // A text node with letters must sit in an element whose content Thymeleaf replaces.
        Pattern textNode = Pattern.compile("<([a-zA-Z][\\w-]*)([^<>]*)>([^<>]*\\p{L}[^<>]*)</\\1>");
        List<String> literals = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher m = textNode.matcher(Files.readString(file));
            while (m.find()) {
                String attributes = m.group(2);
                boolean replaced = Stream.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors")
                        .anyMatch(attributes::contains);
                if (!replaced && !m.group(1).equals("script") && !m.group(1).equals("style")) {
                    literals.add(TEMPLATES.relativize(file) + ": " + m.group(3).strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
        try (Stream<Path> i18n = Files.list(RESOURCES.resolve("i18n"))) {
            i18n.filter(p -> p.toString().endsWith(".properties")
                            && !p.toString().endsWith("_en.properties"))
                    .sorted()
                    .forEach(bundles::add);
        }
        return bundles;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
