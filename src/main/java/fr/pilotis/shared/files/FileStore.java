package fr.pilotis.shared.files;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps files in PostgreSQL. A file is refused when empty, over {@link #MAX_BYTES}, or of a type
 * that its content does not show to be a PDF, an office document or an image; its bytes are
 * written in chunks of {@link #CHUNK_BYTES} and read back one chunk at a time, so neither an upload
 * nor a download holds a whole file in memory. Refusals are {@link InvalidInputException}s on the
 * field {@code file}; nothing is kept of a refused file (the transaction rolls back).
 */
@Service
@Transactional
public class FileStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_MEGABYTES = 20;
    static final int CHUNK_BYTES = 1024 * 1024;

    private final StoredFileRepository files;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FileStore(StoredFileRepository files, JdbcTemplate jdbc, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the content under a sanitised version of its name, with the type its content shows.
     *
     * @param declaredSize the size the client announced (-1 when unknown), checked before reading
     */
    public StoredFileView store(String originalName, long declaredSize, InputStream content, Long uploadedBy) {
        return store(originalName, declaredSize, content, uploadedBy, true);
    }

    /**
     * As {@link #store}, for documents only (deliverables, model documents): a PDF or an office
     * document, never an image — a photo of a page is not a document the network can validate.
     */
    public StoredFileView storeDocument(String originalName, long declaredSize, InputStream content, Long uploadedBy) {
        return store(originalName, declaredSize, content, uploadedBy, false);
    }

    private StoredFileView store(
            String originalName, long declaredSize, InputStream content, Long uploadedBy, boolean imagesAccepted) {
        if (declaredSize > MAX_BYTES) {
            throw tooLarge();
        }
        String name = FileNames.sanitise(originalName);
        try {
            byte[] chunk = readChunk(content);
            if (chunk.length == 0) {
                throw InvalidInputException.of("file", "file.empty");
            }
            String type = FileTypes.accepted(chunk, name)
                    .filter(accepted -> imagesAccepted || !accepted.startsWith("image/"))
                    .orElseThrow(() -> InvalidInputException.of(
                            "file", imagesAccepted ? "file.typeRefused" : "file.notADocument"));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            StoredFile file = files.saveAndFlush(new StoredFile(name, type, chunk.length, clock.instant(), uploadedBy));
            long size = 0;
            int number = 0;
            while (chunk.length > 0) {
                size += chunk.length;
                if (size > MAX_BYTES) {
                    throw tooLarge();
                }
                sha256.update(chunk);
                // the chunk takes its file's network, so that it can only join its own file
                jdbc.update(
                        "insert into stored_file_chunk (network_id, file_id, chunk_no, bytes)"
                                + " select network_id, id, ?, ? from stored_file where id = ?",
                        number++,
                        chunk,
                        file.getId());
                chunk = readChunk(content);
            }
            file.completed(size, HexFormat.of().formatHex(sha256.digest()));
            return files.saveAndFlush(file).view();
        } catch (IOException e) {
            throw InvalidInputException.of("file", "file.unreadable");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<StoredFileView> find(long fileId) {
        return files.findById(fileId).map(StoredFile::view);
    }

    @Transactional(readOnly = true)
    public List<StoredFileView> describe(Collection<Long> fileIds) {
        return fileIds.isEmpty()
                ? List.of()
                : files.findByIdIn(fileIds).stream().map(StoredFile::view).toList();
    }

    /**
     * Writes the file's bytes to {@code out} one chunk at a time, in one read-only transaction so
     * that every chunk comes from the same snapshot. 404 for a file of another network.
     */
    @Transactional(readOnly = true)
    public void copyTo(long fileId, OutputStream out) throws IOException {
        StoredFileView file = find(fileId).orElseThrow(NotFoundException::new);
        int chunks = (int) ((file.sizeBytes() + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int number = 0; number < chunks; number++) {
            List<byte[]> bytes = jdbc.query(
                    "select c.bytes from stored_file f join stored_file_chunk c"
                            + " on c.network_id = f.network_id and c.file_id = f.id where f.id = ? and c.chunk_no = ?",
                    (row, i) -> row.getBytes(1),
                    fileId,
                    number);
            if (bytes.isEmpty()) {
                throw new IllegalStateException("stored file " + fileId + " lacks chunk " + number);
            }
            out.write(bytes.get(0));
            out.flush();
        }
    }

    /** Removes the file and its chunks; 404 for a file of another network. */
    public void delete(long fileId) {
        StoredFile file = files.findById(fileId).orElseThrow(NotFoundException::new);
        files.delete(file);
        files.flush();
    }

    private static InvalidInputException tooLarge() {
        return InvalidInputException.of("file", "file.tooLarge", MAX_MEGABYTES);
    }

    /** Reads up to one chunk, blocking until it is full or the content ends. */
    private static byte[] readChunk(InputStream content) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        int filled = content.readNBytes(buffer, 0, CHUNK_BYTES);
        return filled == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, filled);
    }
}
