package fr.pilotis.actionplan;

import fr.pilotis.shared.Actor;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of an action, kept by the {@link FileStore}; who may add, read or remove them is
 * checked by the controller.
 */
@Service
@Transactional
class ActionEvidenceFiles {

    private final ActionItemRepository actions;
    private final ActionEvidenceRepository evidence;
    private final FileStore files;

    ActionEvidenceFiles(ActionItemRepository actions, ActionEvidenceRepository evidence, FileStore files) {
        this.actions = actions;
        this.evidence = evidence;
        this.files = files;
    }

    ActionEvidenceView attach(long actionId, String fileName, long size, InputStream content, Actor actor) {
        actions.findById(actionId).orElseThrow(NotFoundException::new);
        StoredFileView file = files.store(fileName, size, content, actor.userId());
        ActionEvidence saved = evidence.saveAndFlush(new ActionEvidence(actionId, file.id()));
        return view(saved, file);
    }

    @Transactional(readOnly = true)
    List<ActionEvidenceView> ofAction(long actionId) {
        List<ActionEvidence> rows = evidence.findByActionIdOrderByIdAsc(actionId);
        Map<Long, StoredFileView> described =
                files.describe(rows.stream().map(ActionEvidence::getFileId).toList()).stream()
                        .collect(Collectors.toMap(StoredFileView::id, Function.identity()));
        return rows.stream()
                .filter(r -> described.containsKey(r.getFileId()))
                .map(r -> view(r, described.get(r.getFileId())))
                .toList();
    }

    @Transactional(readOnly = true)
    ActionEvidenceView find(long evidenceId) {
        ActionEvidence row = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        StoredFileView file = files.find(row.getFileId()).orElseThrow(NotFoundException::new);
        return view(row, file);
    }

    /**
     * Removes the evidence and, in the same transaction, its stored file, whatever the action's
     * status (a closed action stays editable by the same people). The demo shares one file between
     * several actions' evidence: the file goes with its last link.
     */
    ActionEvidenceView remove(long evidenceId) {
        ActionEvidenceView found = find(evidenceId);
        evidence.deleteById(evidenceId);
        evidence.flush();
        if (!evidence.existsByFileId(found.fileId())) {
            files.delete(found.fileId());
        }
        return found;
    }

    private static ActionEvidenceView view(ActionEvidence row, StoredFileView file) {
        return new ActionEvidenceView(
                row.getId(),
                row.getActionId(),
                file.id(),
                file.fileName(),
                file.contentType(),
                file.sizeBytes(),
                file.uploadedAt());
    }
}
