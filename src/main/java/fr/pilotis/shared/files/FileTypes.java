package fr.pilotis.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's type from its first bytes (Apache Tika's magic numbers), not from its name: the
 * name only refines a type the content already shows (a zip that is an Office document says which
 * one through its name), it never makes an executable pass for a PDF.
 */
final class FileTypes {

    /** The types accepted, each with the types its content must show before its name refines it. */
    private static final Map<String, Set<String>> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", Set.of("application/pdf")),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Set.of(
                            "application/x-tika-ooxml",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    Set.of(
                            "application/x-tika-ooxml",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    Set.of(
                            "application/x-tika-ooxml",
                            "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
            Map.entry("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text")),
            Map.entry(
                    "application/vnd.oasis.opendocument.spreadsheet",
                    Set.of("application/vnd.oasis.opendocument.spreadsheet")),
            Map.entry("application/msword", Set.of("application/x-tika-msoffice", "application/msword")),
            Map.entry("application/vnd.ms-excel", Set.of("application/x-tika-msoffice", "application/vnd.ms-excel")),
            Map.entry("image/png", Set.of("image/png")),
            Map.entry("image/jpeg", Set.of("image/jpeg")),
            Map.entry("image/gif", Set.of("image/gif")),
            Map.entry("image/webp", Set.of("image/webp")));

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {}

    /** The accepted type of these first bytes (with the name as a hint), or empty when refused. */
    static Optional<String> accepted(byte[] head, String fileName) {
        String content = detect(head, null);
        String named = detect(head, fileName);
        Set<String> contentMustShow = ACCEPTED.get(named);
        return contentMustShow != null && contentMustShow.contains(content) ? Optional.of(named) : Optional.empty();
    }

    private static String detect(byte[] head, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(head))) {
            MediaType type = TYPES.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
