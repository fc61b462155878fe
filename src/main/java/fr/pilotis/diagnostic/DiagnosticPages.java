package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who may do what on a diagnostic, and the diagnostic page's content: what the controllers share,
 * so that each of them stays a few lines. Out of scope is a 404 here as everywhere.
 */
@Component
class DiagnosticPages {

    private final AccessPolicy access;
    private final SelfDiagnostics diagnostics;
    private final EvidenceFiles evidence;
    private final Clock clock;

    DiagnosticPages(AccessPolicy access, SelfDiagnostics diagnostics, EvidenceFiles evidence, Clock clock) {
        this.access = access;
        this.diagnostics = diagnostics;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * A diagnostic the person may read: its structure is in their scope through a grant other than
     * a funder's (funders read figures, never answers or evidence). 404 otherwise.
     */
    StructureSummary requireReader(long diagnosticId) {
        return access.requireStructureDocuments(
                diagnostics.summary(diagnosticId).structureId());
    }

    /** A diagnostic of a structure over which the person holds this role (referent, director, expert). */
    DiagnosticSummary requireRole(long diagnosticId, Role role) {
        DiagnosticSummary diagnostic = diagnostics.summary(diagnosticId);
        access.requireStructureRole(diagnostic.structureId(), role);
        return diagnostic;
    }

    /**
     * As {@link #requireRole}, answering the structure: a referent, director or expert over it may
     * also read the diagnostic ({@link #requireReader}), so a save's page needs no second check.
     */
    StructureSummary requireRoleOver(long diagnosticId, Role role) {
        return access.requireStructureRole(diagnostics.summary(diagnosticId).structureId(), role);
    }

    Actor actor() {
        PilotisUser user = access.currentUser();
        return new Actor(user.userId(), user.displayName());
    }

    boolean isOpenToday(CampaignView campaign) {
        return campaign.isOpenOn(LocalDate.now(clock.withZone(SelfDiagnostics.PARIS)));
    }

    CriterionView criterion(DiagnosticView view, long criterionId) {
        return view.referential().criteria().stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The page, scrolled to the criterion: {@code /diagnostics/7?theme=4.2#criterion-4.2.1}. */
    String locationOf(DiagnosticView view, long criterionId) {
        CriterionView criterion = criterion(view, criterionId);
        return UriComponentsBuilder.fromPath("/diagnostics/{diagnosticId}")
                .queryParam(
                        "theme",
                        view.referential().themesById().get(criterion.themeId()).code())
                .fragment("criterion-" + criterion.code())
                .buildAndExpand(view.id())
                .toUriString();
    }

    String locationOf(long diagnosticId) {
        return UriComponentsBuilder.fromPath("/diagnostics/{diagnosticId}")
                .buildAndExpand(diagnosticId)
                .toUriString();
    }

    DiagnosticRights rights(DiagnosticView view, StructureSummary structure) {
        boolean answer = access.holdsOnStructure(structure, Role.REFERENT)
                && view.status().isEditable()
                && isOpenToday(view.campaign());
        boolean review = access.holdsOnStructure(structure, Role.EXPERT) && view.status() == DiagnosticStatus.SUBMITTED;
        boolean signOff = access.holdsOnStructure(structure, Role.DIRECTOR) && view.awaitsSignOff();
        return new DiagnosticRights(answer, review, signOff);
    }

    /** The page for one theme (the criterion's own theme when an overlay names one). */
    DiagnosticPage page(long diagnosticId, String themeCode, List<BlockOverlay> overlays) {
        DiagnosticView view = diagnostics.view(diagnosticId);
        StructureSummary structure = access.requireStructureDocuments(view.structureId());
        return page(view, structure, themeCode, overlays);
    }

    DiagnosticPage page(
            DiagnosticView view, StructureSummary structure, String themeCode, List<BlockOverlay> overlays) {
        List<ThemeView> themes = view.referential().themes();
        if (themes.isEmpty()) {
            throw new NotFoundException();
        }
        ThemeView theme = themes.stream()
                .filter(t -> t.code().equals(themeCode))
                .findFirst()
                .orElse(themes.get(0));
        DiagnosticRights rights = rights(view, structure);
        Map<Long, List<EvidenceView>> files =
                evidence.ofDiagnostic(view.id()).stream().collect(Collectors.groupingBy(EvidenceView::criterionId));
        Map<Long, BlockOverlay> overlayOf =
                overlays.stream().collect(Collectors.toMap(BlockOverlay::criterionId, o -> o, (a, b) -> b));
        List<CriterionBlock> blocks = new ArrayList<>();
        for (CriterionView criterion : view.referential().criteriaOf(theme)) {
            blocks.add(block(
                    view,
                    criterion,
                    rights,
                    files.getOrDefault(criterion.id(), List.of()),
                    overlayOf.get(criterion.id())));
        }
        List<ThemeTab> tabs = themes.stream()
                .map(t -> {
                    List<CriterionView> criteria = view.referential().criteriaOf(t);
                    long answered = criteria.stream()
                            .filter(c -> view.answerTo(c).isAnswered())
                            .count();
                    long reviewed = criteria.stream()
                            .filter(c -> view.answerTo(c).isReviewed())
                            .count();
                    return new ThemeTab(t, answered, reviewed, criteria.size(), t.id() == theme.id());
                })
                .toList();
        return new DiagnosticPage(
                view,
                structure,
                theme,
                tabs,
                blocks,
                rights,
                isOpenToday(view.campaign()),
                view.answeredCount(),
                view.reviewedCount(),
                view.criterionCount());
    }

    /**
     * After a save: htmx gets the criterion's block (and the progress, out of band); a plain form
     * post that saved goes back to the page at the criterion; a refused one sees the page again
     * with the typed values and the message.
     */
    String afterSave(
            long diagnosticId,
            StructureSummary structure,
            long criterionId,
            BlockOverlay overlay,
            boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        DiagnosticView view = diagnostics.view(diagnosticId);
        if (!htmx && overlay.state() == SaveState.SAVED) {
            redirect.addFlashAttribute("savedCriterion", criterionId);
            return "redirect:" + locationOf(view, criterionId);
        }
        DiagnosticPage page = page(view, structure, themeOf(view, criterionId), List.of(overlay));
        model.addAttribute("page", page);
        if (htmx) {
            model.addAttribute("block", block(page, criterionId));
            model.addAttribute("oob", true);
            return DiagnosticController.CRITERION;
        }
        model.addAttribute("returnForm", new ReturnForm());
        return DiagnosticController.PAGE;
    }

    /** The theme that holds this criterion, to draw its page. */
    String themeOf(DiagnosticView view, long criterionId) {
        return view.referential()
                .themesById()
                .get(criterion(view, criterionId).themeId())
                .code();
    }

    /** The block of one criterion as the page shows it, with what the last request did to it. */
    CriterionBlock block(DiagnosticPage page, long criterionId) {
        return page.blocks().stream()
                .filter(b -> b.criterion().id() == criterionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private CriterionBlock block(
            DiagnosticView view,
            CriterionView criterion,
            DiagnosticRights rights,
            List<EvidenceView> files,
            BlockOverlay overlay) {
        AnswerView answer = view.answerTo(criterion);
        CriterionMode mode =
                rights.answer() ? CriterionMode.ANSWER : rights.review() ? CriterionMode.REVIEW : CriterionMode.READ;
        AnswerForm answerForm =
                overlay != null && overlay.answerForm() != null ? overlay.answerForm() : AnswerForm.of(answer);
        ReviewForm reviewForm =
                overlay != null && overlay.reviewForm() != null ? overlay.reviewForm() : ReviewForm.of(answer);
        String kind = mode == CriterionMode.REVIEW ? "review" : "answer";
        return new CriterionBlock(
                view.id(),
                criterion,
                answer,
                files,
                mode,
                rights.answer(),
                answerForm,
                reviewForm,
                overlay == null ? SaveState.NONE : overlay.state(),
                overlay == null ? List.of() : overlay.problems(),
                overlay == null ? null : overlay.other(),
                overlay == null ? null : overlay.notice(),
                "pilotis:draft:u" + access.currentUser().userId() + ":d" + view.id() + ":c" + criterion.id() + ":"
                        + kind);
    }
}
