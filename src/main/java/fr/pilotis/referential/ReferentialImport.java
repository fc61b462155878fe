package fr.pilotis.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Imports a référentiel workbook as the network's next version: read and checked whole first
 * (outside any transaction), then saved in one transaction, or refused with every problem found
 * and nothing saved.
 */
@Service
public class ReferentialImport {

    private final ReferentialVersions versions;
    private final ReferentialCatalog catalog;

    ReferentialImport(ReferentialVersions versions, ReferentialCatalog catalog) {
        this.versions = versions;
        this.catalog = catalog;
    }

    /**
     * @param size the file's size as announced, checked before anything is read
     * @throws WorkbookRefusedException with every problem when the file is not imported
     */
    public ReferentialSummary importWorkbook(long size, InputStreamSource file) {
        if (file == null || size == 0) {
            throw WorkbookRefusedException.ofFile("referential.file.empty");
        }
        if (size > ReferentialWorkbookReader.MAX_BYTES) {
            throw WorkbookRefusedException.ofFile(
                    "referential.file.tooLarge", ReferentialWorkbookReader.MAX_BYTES / (1024 * 1024));
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(ReferentialWorkbookReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReferentialContent content = ReferentialWorkbookReader.read(bytes);
        long id;
        try {
            id = versions.importVersion(content);
        } catch (DataIntegrityViolationException sameVersionNumber) {
            // another import took the same version number at the same moment: take the next one
            id = versions.importVersion(content);
        }
        return catalog.version(id).summary();
    }
}
