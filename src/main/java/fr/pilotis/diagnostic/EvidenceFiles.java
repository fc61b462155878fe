package fr.pilotis.diagnostic;

import fr.pilotis.shared.Actor;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence files of a diagnostic's answers. The structure adds and removes them while it may
 * change its answers; who may do so, or read them, is checked by the controllers.
 */
@Service
@Transactional
public class EvidenceFiles {

    private final SelfDiagnostics diagnostics;
    private final AnswerRepository answers;
    private final EvidenceRepository evidence;
    private final FileStore files;
    private final JdbcTemplate jdbc;

    EvidenceFiles(
            SelfDiagnostics diagnostics,
            AnswerRepository answers,
            EvidenceRepository evidence,
            FileStore files,
            JdbcTemplate jdbc) {
        this.diagnostics = diagnostics;
        this.answers = answers;
        this.evidence = evidence;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** Stores the file and links it to the criterion's answer (created unanswered if need be). */
    public EvidenceView attach(
            long diagnosticId, long criterionId, String fileName, long size, InputStream content, Actor actor) {
        Answer answer = diagnostics.answerRowForEvidence(diagnosticId, criterionId);
        StoredFileView file = files.store(fileName, size, content, actor.userId());
        Evidence saved = evidence.saveAndFlush(new Evidence(answer.getId(), file.id()));
        return view(saved.getId(), answer.getDiagnosticId(), answer.getCriterionId(), file);
    }

    /**
     * Every evidence file of the diagnostic, in the order they were added: one query for the links
     * (the diagnostic page asks on every view and save), one for the files' descriptions if any.
     */
    @Transactional(readOnly = true)
    public List<EvidenceView> ofDiagnostic(long diagnosticId) {
        List<long[]> rows = jdbc.query(
                "select e.id, e.file_id, a.criterion_id from evidence e"
                        + " join answer a on a.network_id = e.network_id and a.id = e.answer_id"
                        + " where a.network_id = ? and a.diagnostic_id = ? order by e.id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                Tenancy.currentNetworkId(),
                diagnosticId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredFileView> described = files
                .describe(rows.stream().map(r -> r[1]).toList())
                .stream()
                .collect(Collectors.toMap(StoredFileView::id, Function.identity()));
        List<EvidenceView> views = new ArrayList<>();
        for (long[] row : rows) {
            StoredFileView file = described.get(row[1]);
            if (file != null) {
                views.add(view(row[0], diagnosticId, row[2], file));
            }
        }
        return views;
    }

    /** One evidence file with its diagnostic and criterion, for access checks; 404 when unknown. */
    @Transactional(readOnly = true)
    public EvidenceView find(long evidenceId) {
        Evidence row = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        Answer answer = answers.findById(row.getAnswerId()).orElseThrow(NotFoundException::new);
        StoredFileView file = files.find(row.getFileId()).orElseThrow(NotFoundException::new);
        return view(row.getId(), answer.getDiagnosticId(), answer.getCriterionId(), file);
    }

    /** Removes the evidence and its file, while the structure may still change its answers. */
    public EvidenceView remove(long evidenceId) {
        EvidenceView found = find(evidenceId);
        diagnostics.requireAnswerable(found.diagnosticId());
        evidence.deleteById(evidenceId);
        evidence.flush();
        files.delete(found.fileId());
        return found;
    }

    private static EvidenceView view(long evidenceId, long diagnosticId, long criterionId, StoredFileView file) {
        return new EvidenceView(
                evidenceId,
                diagnosticId,
                criterionId,
                file.id(),
                file.fileName(),
                file.contentType(),
                file.sizeBytes(),
                file.uploadedAt());
    }
}
