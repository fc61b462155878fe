package fr.pilotis.referential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Workbooks for the import tests: the default référentiel written out, then edited or broken on purpose. */
final class TestWorkbooks {

    static final String SHEET_PART = "xl/worksheets/sheet3.xml"; // « Critères »

    private TestWorkbooks() {}

    static ReferentialContent defaultContent() {
        try (InputStream in = new ClassPathResource(DefaultReferential.RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, ReferentialContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferentialWorkbook writer() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new ReferentialWorkbook(messages);
    }

    static byte[] defaultWorkbook() {
        return writer().write(defaultContent(), Locale.FRENCH);
    }

    /** The default workbook, changed by the given edit (cells set with POI, as a user would in Excel). */
    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(defaultWorkbook()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default workbook with one part of its zip replaced by the given bytes. */
    static byte[] withPart(String partName, byte[] replacement) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(defaultWorkbook()));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(entry.getName().equals(partName) ? replacement : in.readAllBytes());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook whose sheet XML is a long run of one character: it deflates far beyond 100:1. */
    static byte[] zipBomb(int characters) {
        StringBuilder xml = new StringBuilder(characters + 300)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        xml.append("a".repeat(characters));
        xml.append("</t></is></c></row></sheetData></worksheet>");
        return withPart(SHEET_PART, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A sheet that declares an external entity and uses it in a cell. */
    static String externalEntitySheet() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>";
    }
}
