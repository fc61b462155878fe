package fr.pilotis.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type comes from the content; the name only says which office document a zip is. */
class FileTypesTests {

    @Test
    void acceptsPdfOfficeDocumentsAndImagesByTheirContent() {
        assertThat(FileTypes.accepted(SampleFiles.pdf(), "preuve.pdf")).hasValue("application/pdf");
        assertThat(FileTypes.accepted(SampleFiles.pdf(), "sans-extension")).hasValue("application/pdf");
        assertThat(FileTypes.accepted(SampleFiles.png(), "photo.png")).hasValue("image/png");
        assertThat(FileTypes.accepted(SampleFiles.xlsx(), "planning.xlsx"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FileTypes.accepted(SampleFiles.docx(), "procedure.docx"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileTypes.accepted(SampleFiles.xls(), "planning.xls")).hasValue("application/vnd.ms-excel");
        assertThat(FileTypes.accepted(SampleFiles.odt(), "procedure.odt"))
                .hasValue("application/vnd.oasis.opendocument.text");
    }

    @Test
    void refusesWhatTheContentDoesNotShowWhateverTheName() {
        assertThat(FileTypes.accepted(SampleFiles.executable(), "preuve.pdf")).isEmpty();
        assertThat(FileTypes.accepted(SampleFiles.executable(), "photo.png")).isEmpty();
        assertThat(FileTypes.accepted(SampleFiles.zip(), "procedure.docx")).isEmpty();
        assertThat(FileTypes.accepted(
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "a.pdf"))
                .isEmpty();
        assertThat(FileTypes.accepted("juste du texte".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEmpty();
        assertThat(FileTypes.accepted(SampleFiles.pdf(), "preuve.exe")).hasValue("application/pdf");
    }

    @Test
    void namesLoseFoldersAndControlCharactersAndStayShort() {
        assertThat(FileNames.sanitise("C:\\Users\\marie\\procédure.pdf")).isEqualTo("procédure.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("rapport\u0000\r\n\u202e.pdf")).isEqualTo("rapport.pdf");
        assertThat(FileNames.sanitise("\"<a>|b?*:.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("...")).isEqualTo("fichier");
        assertThat(FileNames.sanitise(null)).isEqualTo("fichier");
        String long300 = "x".repeat(300) + ".docx";
        assertThat(FileNames.sanitise(long300)).hasSize(255).endsWith(".docx");
    }
}
