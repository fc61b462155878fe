package fr.pilotis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are history: a migration that has landed is never edited, a change to the schema is a
 * new migration. {@code db/migration.sha256} holds one {@code sha256sum} line per landed migration.
 */
class MigrationChecksumTests {

    static final Path MIGRATIONS = Path.of("db/migration");
    static final Path CHECKSUMS = Path.of("db/migration.sha256");

    @Test
    void noLandedMigrationChangesAndEveryMigrationIsListed() throws IOException {
        Map<String, String> landed = landedChecksums();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String actual = sha256(file);
                String expected = landed.remove(name);
                if (expected == null) {
                    problems.add(name + " is not in " + CHECKSUMS + ": once it lands, append its line"
                            + " (`cd db/migration && sha256sum " + name + " >> ../migration.sha256`)");
                } else if (!expected.equals(actual)) {
                    problems.add(name + " has changed since it landed: restore it and add a new migration"
                            + " instead (a database that already ran it would never see the change)");
                }
            }
        }
        landed.keySet()
                .forEach(name -> problems.add(name + " has landed but is gone from " + MIGRATIONS
                        + ": restore it, add a new migration instead"));
        assertThat(problems).as("migrations against %s", CHECKSUMS).isEmpty();
    }

    static Map<String, String> landedChecksums() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            landed.put(parts[1], parts[0].toLowerCase());
        }
        return landed;
    }

    /** Over the bytes with CRLF read as LF, so a checkout on Windows does not look like an edit. */
    static String sha256(Path file) throws IOException {
        byte[] bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
