package fr.pilotis.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The checks every uploaded workbook passes before POI parses it: it must be an OOXML package (by
 * its content, not its name), it may not inflate beyond {@value #MAX_INFLATED_BYTES} bytes nor more
 * than {@value #MAX_INFLATE_RATIO} times its size (a zip bomb; POI's {@code ZipSecureFile} keeps
 * its own default guard behind this one), its main part must be a spreadsheet (not a .docx), and no
 * XML part may declare a DOCTYPE or an entity. Each reader turns a {@link Refused}'s reason into
 * its own message key.
 */
public final class WorkbookPackage {

    public static final long MAX_INFLATED_BYTES = 20L * 1024 * 1024;
    public static final int MAX_INFLATE_RATIO = 100;
    static final long INFLATE_RATIO_GRACE_BYTES = 1024 * 1024;
    static final int MAX_PARTS = 1_000;

    private static final String CONTENT_TYPES_PART = "[Content_Types].xml";

    /** Why a package is refused. */
    public enum Reason {
        OLD_FORMAT,
        NOT_XLSX,
        ZIP_BOMB,
        EXTERNAL_ENTITIES,
        CORRUPT
    }

    /** A package refused before parsing. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        Refused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private WorkbookPackage() {}

    /** What the bytes are, and whether their zip inflates reasonably and declares no entity. */
    public static void check(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            // Excel 97-2003 (.xls), or an .xlsx encrypted with a password, which is stored in OLE2
            throw new Refused(Reason.OLD_FORMAT);
        }
        if (magic != FileMagic.OOXML) {
            throw new Refused(Reason.NOT_XLSX);
        }
        long inflated = 0;
        int parts = 0;
        StringBuilder contentTypes = null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++parts > MAX_PARTS) {
                    throw new Refused(Reason.ZIP_BOMB);
                }
                boolean isContentTypes = entry.getName().equalsIgnoreCase(CONTENT_TYPES_PART);
                if (isContentTypes) {
                    contentTypes = new StringBuilder();
                }
                String tail = "";
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES
                            || (inflated > INFLATE_RATIO_GRACE_BYTES
                                    && inflated > (long) MAX_INFLATE_RATIO * bytes.length)) {
                        throw new Refused(Reason.ZIP_BOMB);
                    }
                    String chunk = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                    if (chunk.contains("<!DOCTYPE") || chunk.contains("<!ENTITY")) {
                        throw new Refused(Reason.EXTERNAL_ENTITIES);
                    }
                    tail = chunk.substring(Math.max(0, chunk.length() - 10));
                    if (isContentTypes && contentTypes.length() < 1024 * 1024) {
                        contentTypes.append(chunk, chunk.length() - read, chunk.length());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            throw new Refused(Reason.CORRUPT);
        }
        if (parts == 0) {
            throw new Refused(Reason.CORRUPT);
        }
        if (contentTypes == null
                || (!contentTypes.toString().contains("sheet.main+xml")
                        && !contentTypes.toString().contains("template.main+xml"))) {
            // a zip, even an Office one (a .docx), whose main part is not a spreadsheet
            throw new Refused(Reason.NOT_XLSX);
        }
    }

    /** What POI's own failure to open a package that passed {@link #check} most likely means. */
    public static Reason classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return Reason.ZIP_BOMB;
            }
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return Reason.EXTERNAL_ENTITIES;
            }
            if (t instanceof NotOfficeXmlFileException) {
                return Reason.NOT_XLSX;
            }
        }
        return Reason.CORRUPT;
    }
}
