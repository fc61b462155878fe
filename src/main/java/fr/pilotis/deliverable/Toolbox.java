package fr.pilotis.deliverable;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialSummary;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The toolbox: model documents attached to criteria. A document belongs to one criterion row of one
 * référentiel version but is found by the criterion's code, so that it still shows beside the same
 * criterion of a later version. The network admin and the experts add and remove documents.
 */
@Service
@Transactional
public class Toolbox {

    static final int TITLE_MAX = 200;
    static final int VERSION_MAX = 40;

    private final ToolboxDocumentRepository documents;
    private final ReferentialCatalog catalog;
    private final FileStore files;
    private final Clock clock;

    Toolbox(ToolboxDocumentRepository documents, ReferentialCatalog catalog, FileStore files, Clock clock) {
        this.documents = documents;
        this.catalog = catalog;
        this.files = files;
        this.clock = clock;
    }

    /** The latest référentiel version's criteria, in order (empty before any version exists). */
    @Transactional(readOnly = true)
    public List<CriterionView> currentCriteria() {
        return catalog.latest()
                .map(summary -> catalog.version(summary.id()).criteria())
                .orElse(List.of());
    }

    public ToolboxDocumentView add(
            Long criterionId,
            String title,
            DocumentKind kind,
            String versionLabel,
            String fileName,
            long size,
            InputStream content,
            Actor actor) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        Map<Long, CriterionView> criteria = allCriteria();
        if (criterionId == null || !criteria.containsKey(criterionId)) {
            problems.reject("criterionId", "toolbox.criterion.required");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            problems.reject("title", "toolbox.title.required");
        } else if (cleanTitle.length() > TITLE_MAX) {
            problems.reject("title", "toolbox.title.tooLong", TITLE_MAX);
        }
        if (kind == null) {
            problems.reject("kind", "toolbox.kind.required");
        }
        String cleanVersion = versionLabel == null ? "" : versionLabel.strip();
        if (cleanVersion.isEmpty()) {
            problems.reject("versionLabel", "toolbox.version.required");
        } else if (cleanVersion.length() > VERSION_MAX) {
            problems.reject("versionLabel", "toolbox.version.tooLong", VERSION_MAX);
        }
        problems.throwIfAny();
        StoredFileView file = files.storeDocument(fileName, size, content, actor.userId());
        ToolboxDocument saved = documents.saveAndFlush(new ToolboxDocument(
                criterionId, cleanTitle, kind, cleanVersion, file.id(), actor.userId(), clock.instant()));
        return view(saved, criteria, Map.of(file.id(), file));
    }

    /** Documents whose title contains the text, of the criterion code and kind when given; by title. */
    @Transactional(readOnly = true)
    public Page<ToolboxDocumentView> search(String text, String criterionCode, DocumentKind kind, Pageable pageable) {
        Map<Long, CriterionView> criteria = allCriteria();
        boolean anyCriterion = criterionCode == null || criterionCode.isBlank();
        List<Long> ids = anyCriterion ? List.of(-1L) : idsWithCode(criteria, criterionCode.strip());
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Page<ToolboxDocument> page = documents.search(
                pattern,
                anyCriterion,
                ids.isEmpty() ? List.of(-1L) : ids,
                kind == null,
                kind == null ? DocumentKind.PROCEDURE : kind,
                pageable);
        Map<Long, StoredFileView> described = describe(page.getContent());
        return page.map(d -> view(d, criteria, described));
    }

    /** The documents of every criterion with this code, whatever its référentiel version. */
    @Transactional(readOnly = true)
    public List<ToolboxDocumentView> ofCriterionCode(String code) {
        Map<Long, CriterionView> criteria = allCriteria();
        List<Long> ids = idsWithCode(criteria, code);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ToolboxDocument> found = documents.findByCriterionIdInOrderByKindAscTitleAsc(ids);
        Map<Long, StoredFileView> described = describe(found);
        return found.stream().map(d -> view(d, criteria, described)).toList();
    }

    /** The ids of every criterion with this code, whatever its référentiel version. */
    @Transactional(readOnly = true)
    public List<Long> criterionIdsWithCode(String code) {
        return idsWithCode(allCriteria(), code);
    }

    @Transactional(readOnly = true)
    public ToolboxDocumentView find(long documentId) {
        ToolboxDocument document = documents.findById(documentId).orElseThrow(NotFoundException::new);
        return view(document, allCriteria(), describe(List.of(document)));
    }

    /**
     * Removes the document and, in the same transaction, its stored file (unless another document
     * shares it); 404 when unknown. Who may is checked by the controller. Returns its title.
     */
    public String remove(long documentId) {
        ToolboxDocument document = documents.findById(documentId).orElseThrow(NotFoundException::new);
        documents.delete(document);
        documents.flush();
        if (!documents.existsByFileId(document.getFileId())) {
            files.delete(document.getFileId());
        }
        return document.getTitle();
    }

    private Map<Long, StoredFileView> describe(Collection<ToolboxDocument> found) {
        return files.describe(found.stream().map(ToolboxDocument::getFileId).toList()).stream()
                .collect(Collectors.toMap(StoredFileView::id, Function.identity()));
    }

    private static List<Long> idsWithCode(Map<Long, CriterionView> criteria, String code) {
        return criteria.values().stream()
                .filter(c -> c.code().equals(code))
                .map(CriterionView::id)
                .toList();
    }

    /** Every criterion of every version of the network, by id (versions are cached by the catalog). */
    private Map<Long, CriterionView> allCriteria() {
        Map<Long, CriterionView> all = new LinkedHashMap<>();
        for (ReferentialSummary summary : catalog.versions()) {
            catalog.version(summary.id()).criteria().forEach(c -> all.put(c.id(), c));
        }
        return all;
    }

    private static ToolboxDocumentView view(
            ToolboxDocument d, Map<Long, CriterionView> criteria, Map<Long, StoredFileView> files) {
        CriterionView criterion = criteria.get(d.getCriterionId());
        StoredFileView file = files.get(d.getFileId());
        if (criterion == null || file == null) {
            throw new NotFoundException();
        }
        return new ToolboxDocumentView(
                d.getId(),
                criterion.id(),
                criterion.code(),
                criterion.title(),
                d.getTitle(),
                d.getKind(),
                d.getVersionLabel(),
                file.id(),
                file.fileName(),
                file.contentType(),
                file.sizeBytes(),
                d.getUploadedAt());
    }
}
