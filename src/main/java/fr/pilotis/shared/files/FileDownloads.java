package fr.pilotis.shared.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriUtils;

/** How every stored file goes back to a browser: as an attachment it neither sniffs nor displays. */
public final class FileDownloads {

    private FileDownloads() {}

    /** RFC 6266 with the RFC 5987 UTF-8 name, and an ASCII name for clients that know only that. */
    public static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c)
                .forEach(ascii::appendCodePoint);
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

    /**
     * Sets the download headers and commits them, then streams the file chunk by chunk. The headers
     * go first so that the shared session is saved then, not inside the read-only transaction that
     * reads the chunks.
     */
    public static void send(StoredFileView file, FileStore files, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.flushBuffer();
        files.copyTo(file.id(), response.getOutputStream());
    }
}
