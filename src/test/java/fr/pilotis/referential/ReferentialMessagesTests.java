package fr.pilotis.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the référentiel code can hand to a page (import problems, rules, notices)
 * exists in French and in English: the bundle test of the whole app only knows some prefixes.
 */
class ReferentialMessagesTests {

    static final Path SOURCES = Path.of("src/main/java/fr/pilotis/referential");
    static final Pattern KEY = Pattern.compile("\"((?:referential|validation|common)\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyKeyOfTheReferentialCodeIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(key -> key.endsWith("."));
        for (String language : List.of("", "_en")) {
            Properties known = new Properties();
            load(known, "src/main/resources/messages" + language + ".properties");
            load(known, "src/main/resources/i18n/referential" + language + ".properties");
            assertThat(used).as("keys of the référentiel code").contains("referential.file.zipBomb");
            assertThat(used.stream().filter(key -> !known.containsKey(key)).toList())
                    .as("missing in messages" + language)
                    .isEmpty();
        }
        for (ReferentialWorkbookFormat.NoticeLine line : ReferentialWorkbookFormat.NOTICE) {
            Properties french = new Properties();
            load(french, "src/main/resources/i18n/referential.properties");
            assertThat(french).containsKey(line.descriptionKey());
        }
    }

    private static void load(Properties into, String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }
}
