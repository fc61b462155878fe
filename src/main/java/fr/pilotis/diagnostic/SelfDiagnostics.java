package fr.pilotis.diagnostic;

import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The self-diagnostic's life: answers saved one criterion at a time, submission, the director's
 * sign-off, the expert's review, validation or return. Who may do what is checked by the
 * controllers through {@code AccessPolicy}; this service checks what the diagnostic's state allows.
 */
@Service
@Transactional
public class SelfDiagnostics {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int MAX_TEXT = 5_000;

    private final DiagnosticRepository diagnostics;
    private final AnswerRepository answers;
    private final AnswerChangeRepository changes;
    private final CampaignRepository campaigns;
    private final ReferentialCatalog referentials;
    private final PeopleDirectory people;
    private final DiagnosticScores scores;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SelfDiagnostics(
            DiagnosticRepository diagnostics,
            AnswerRepository answers,
            AnswerChangeRepository changes,
            CampaignRepository campaigns,
            ReferentialCatalog referentials,
            PeopleDirectory people,
            DiagnosticScores scores,
            JdbcTemplate jdbc,
            AuditTrail audit,
            Clock clock) {
        this.diagnostics = diagnostics;
        this.answers = answers;
        this.changes = changes;
        this.campaigns = campaigns;
        this.referentials = referentials;
        this.people = people;
        this.scores = scores;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DiagnosticSummary summary(long diagnosticId) {
        DiagnosticRow row = row(diagnosticId);
        return new DiagnosticSummary(
                row.id(), row.structureId(), row.campaign().id(), row.campaign().year(), row.status());
    }

    /** The structure's diagnostics, latest campaign first. */
    @Transactional(readOnly = true)
    public List<DiagnosticSummary> ofStructure(long structureId) {
        Map<Long, Campaign> byId =
                campaigns.findAll().stream().collect(Collectors.toMap(Campaign::getId, Function.identity()));
        return diagnostics.findByStructureId(structureId).stream()
                .map(d -> summary(d, byId.get(d.getCampaignId())))
                .sorted((a, b) -> Integer.compare(b.year(), a.year()))
                .toList();
    }

    /**
     * The diagnostic with every answer. Read with plain SQL rather than entities: the diagnostic
     * page reads it on every view and every save (docs/performance.md). Confined to the current
     * network like every query here.
     */
    @Transactional(readOnly = true)
    public DiagnosticView view(long diagnosticId) {
        DiagnosticRow row = row(diagnosticId);
        ReferentialVersion referential = referentials.version(row.campaign().referentialId());
        List<AnswerRow> all = jdbc.query(
                "select id, criterion_id, rating, justification, comment, updated_at, updated_by, lock_version,"
                        + " review_rating, review_comment, reviewed_at, reviewed_by"
                        + " from answer where network_id = ? and diagnostic_id = ?",
                (rs, i) -> new AnswerRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rating(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs.getTimestamp(6)),
                        (Long) rs.getObject(7, Long.class),
                        rs.getInt(8),
                        rating(rs.getString(9)),
                        rs.getString(10),
                        instant(rs.getTimestamp(11)),
                        (Long) rs.getObject(12, Long.class)),
                Tenancy.currentNetworkId(),
                diagnosticId);
        Set<Long> peopleIds = new HashSet<>();
        all.forEach(a -> {
            peopleIds.add(a.updatedBy());
            peopleIds.add(a.reviewedBy());
        });
        peopleIds.remove(null);
        Map<Long, String> names = people.namesOf(peopleIds);
        Map<Long, AnswerView> views = new HashMap<>();
        for (AnswerRow a : all) {
            views.put(
                    a.criterionId(),
                    new AnswerView(
                            a.id(),
                            a.criterionId(),
                            a.rating(),
                            a.justification(),
                            a.comment(),
                            a.updatedAt(),
                            a.updatedBy() == null ? null : names.get(a.updatedBy()),
                            a.version(),
                            a.reviewRating(),
                            a.reviewComment(),
                            a.reviewedAt(),
                            a.reviewedBy() == null ? null : names.get(a.reviewedBy())));
        }
        return new DiagnosticView(
                row.id(),
                row.structureId(),
                row.campaign(),
                row.status(),
                row.submittedAt(),
                row.directorSignedAt(),
                row.validatedAt(),
                row.returnNote(),
                referential,
                views);
    }

    private record DiagnosticRow(
            long id,
            long structureId,
            DiagnosticStatus status,
            Instant submittedAt,
            Instant directorSignedAt,
            Instant validatedAt,
            String returnNote,
            CampaignView campaign) {}

    private record AnswerRow(
            long id,
            long criterionId,
            Rating rating,
            String justification,
            String comment,
            Instant updatedAt,
            Long updatedBy,
            int version,
            Rating reviewRating,
            String reviewComment,
            Instant reviewedAt,
            Long reviewedBy) {}

    /** The diagnostic and its campaign in one query; 404 when unknown or of another network. */
    private DiagnosticRow row(long diagnosticId) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // inside a writing transaction, what it changed through entities must be visible to SQL
            diagnostics.flush();
        }
        List<DiagnosticRow> rows = jdbc.query(
                "select d.id, d.structure_id, d.status, d.submitted_at, d.director_signed_at, d.validated_at,"
                        + " d.return_note, c.id, c.year, c.referential_id, c.opens_on, c.closes_on, c.director_sign_off"
                        + " from diagnostic d join campaign c on c.network_id = d.network_id and c.id = d.campaign_id"
                        + " where d.network_id = ? and d.id = ?",
                (rs, i) -> new DiagnosticRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        DiagnosticStatus.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        rs.getString(7),
                        new CampaignView(
                                rs.getLong(8),
                                rs.getInt(9),
                                rs.getLong(10),
                                rs.getObject(11, LocalDate.class),
                                rs.getObject(12, LocalDate.class),
                                rs.getBoolean(13))),
                Tenancy.currentNetworkId(),
                diagnosticId);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.get(0);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Rating rating(String name) {
        return name == null ? null : Rating.valueOf(name);
    }

    /**
     * Saves one answer. Refused with a message when the diagnostic is not editable, the campaign is
     * closed, or the input is wrong; returns the other person's value when they saved first.
     */
    public SaveOutcome saveAnswer(long diagnosticId, long criterionId, AnswerInput input, Actor actor) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow(NotFoundException::new);
        CriterionView criterion = criterionOf(campaign, criterionId);
        requireAnswerable(diagnostic, campaign);
        String justification = clean(input.justification());
        String comment = clean(input.comment());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (input.rating() == Rating.NON_APPLICABLE && justification == null) {
            problems.reject("justification", "diagnostic.answer.justificationRequired");
        }
        tooLong(problems, "justification", justification);
        tooLong(problems, "comment", comment);
        problems.throwIfAny();

        Optional<Answer> existing = answers.findByDiagnosticIdAndCriterionId(diagnosticId, criterion.id());
        if (existing.isPresent() && !Objects.equals(existing.get().getLockVersion(), input.version())
                || existing.isEmpty() && input.version() != null) {
            return new SaveOutcome(false, currentView(diagnosticId, criterion.id()));
        }
        Answer answer = existing.orElseGet(() -> new Answer(diagnosticId, criterion.id()));
        Rating oldRating = answer.getRating();
        String oldJustification = answer.getJustification();
        String oldComment = answer.getComment();
        answer.answer(input.rating(), justification, comment, actor.userId(), clock.instant());
        answer = answers.saveAndFlush(answer);
        record(answer, actor, AnswerChange.Kind.ANSWER, "rating", name(oldRating), name(input.rating()));
        record(answer, actor, AnswerChange.Kind.ANSWER, "justification", oldJustification, justification);
        record(answer, actor, AnswerChange.Kind.ANSWER, "comment", oldComment, comment);
        return new SaveOutcome(true, view(answer, Map.of(actor.userId(), actor.name())));
    }

    /** How many criteria each of these diagnostics has answered (a rating given). */
    @Transactional(readOnly = true)
    public Map<Long, Long> answeredCounts(Collection<Long> diagnosticIds) {
        if (diagnosticIds.isEmpty()) {
            return Map.of();
        }
        return answers.countAnswered(diagnosticIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /**
     * The answer row of a criterion, created unanswered when the structure has not answered it yet
     * (evidence can come before the rating). Refused like an answer when the diagnostic is not
     * editable or the campaign closed.
     */
    Answer answerRowForEvidence(long diagnosticId, long criterionId) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow(NotFoundException::new);
        CriterionView criterion = criterionOf(campaign, criterionId);
        requireAnswerable(diagnostic, campaign);
        return answers.findByDiagnosticIdAndCriterionId(diagnosticId, criterion.id())
                .orElseGet(() -> answers.saveAndFlush(new Answer(diagnosticId, criterion.id())));
    }

    /** The structure may change its answers and evidence: a draft or returned diagnostic, in an open campaign. */
    void requireAnswerable(long diagnosticId) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        requireAnswerable(
                diagnostic, campaigns.findById(diagnostic.getCampaignId()).orElseThrow(NotFoundException::new));
    }

    private void requireAnswerable(Diagnostic diagnostic, Campaign campaign) {
        if (!diagnostic.getStatus().isEditable()) {
            throw InvalidInputException.of(null, "diagnostic.answer.readOnly");
        }
        if (!campaign.isOpenOn(today())) {
            throw InvalidInputException.of(null, "diagnostic.answer.campaignClosed");
        }
    }

    /** Copies last campaign's answers (matched by criterion code) into the criteria not answered yet. */
    public int copyPreviousAnswers(long diagnosticId, Actor actor) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow(NotFoundException::new);
        if (!diagnostic.getStatus().isEditable() || !campaign.isOpenOn(today())) {
            throw InvalidInputException.of(null, "diagnostic.answer.readOnly");
        }
        Optional<Diagnostic> previous = campaigns.findAllByOrderByYearDesc().stream()
                .filter(c -> c.getYear() < campaign.getYear())
                .map(c -> diagnostics.findByCampaignIdAndStructureId(c.getId(), diagnostic.getStructureId()))
                .flatMap(Optional::stream)
                .findFirst();
        if (previous.isEmpty()) {
            throw InvalidInputException.of(null, "diagnostic.copy.nothing");
        }
        Campaign previousCampaign =
                campaigns.findById(previous.get().getCampaignId()).orElseThrow();
        Map<Long, String> previousCodes = referentials.version(previousCampaign.getReferentialId()).criteria().stream()
                .collect(Collectors.toMap(CriterionView::id, CriterionView::code));
        Map<String, Long> currentIds = referentials.version(campaign.getReferentialId()).criteria().stream()
                .collect(Collectors.toMap(CriterionView::code, CriterionView::id));
        Map<Long, Answer> current = answers.findByDiagnosticId(diagnosticId).stream()
                .collect(Collectors.toMap(Answer::getCriterionId, Function.identity()));
        int copied = 0;
        for (Answer old : answers.findByDiagnosticId(previous.get().getId())) {
            Long criterionId = currentIds.get(previousCodes.get(old.getCriterionId()));
            if (criterionId == null || old.getRating() == null) {
                continue;
            }
            Answer target = current.computeIfAbsent(criterionId, id -> new Answer(diagnosticId, id));
            if (target.isAnswered()) {
                continue;
            }
            target.answer(old.getRating(), old.getJustification(), old.getComment(), actor.userId(), clock.instant());
            target = answers.save(target);
            answers.flush();
            record(target, actor, AnswerChange.Kind.ANSWER, "rating", null, name(old.getRating()));
            copied++;
        }
        return copied;
    }

    public void submit(long diagnosticId, Actor actor) {
        DiagnosticView view = view(diagnosticId);
        if (!view.status().isEditable()) {
            throw InvalidInputException.of(null, "diagnostic.submit.notEditable");
        }
        long missing = view.criterionCount() - view.answeredCount();
        if (missing > 0) {
            throw InvalidInputException.of(null, "diagnostic.submit.incomplete", missing);
        }
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow();
        diagnostic.submit(actor.userId(), clock.instant());
        answers.findByDiagnosticId(diagnosticId).forEach(Answer::clearReview);
        scores.record(view, RateBasis.DECLARED);
    }

    public void signOff(long diagnosticId, Actor actor) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow();
        if (!campaign.isDirectorSignOff()) {
            throw InvalidInputException.of(null, "diagnostic.signOff.notAsked");
        }
        diagnostic.signOff(actor.userId(), clock.instant());
    }

    /** The expert agrees with the structure's rating or sets the one they find, with a comment. */
    public SaveOutcome review(long diagnosticId, long criterionId, ReviewInput input, Actor actor) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow();
        CriterionView criterion = criterionOf(campaign, criterionId);
        if (diagnostic.getStatus() != DiagnosticStatus.SUBMITTED) {
            throw InvalidInputException.of(null, "diagnostic.review.notSubmitted");
        }
        Answer answer = answers.findByDiagnosticIdAndCriterionId(diagnosticId, criterion.id())
                .orElseThrow(NotFoundException::new);
        if (!Objects.equals(answer.getLockVersion(), input.version())) {
            return new SaveOutcome(false, currentView(diagnosticId, criterion.id()));
        }
        String comment = clean(input.comment());
        Rating rating = input.agrees() ? answer.getRating() : input.rating();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (rating == null) {
            problems.reject("rating", "diagnostic.review.ratingRequired");
        } else if (rating != answer.getRating() && comment == null) {
            problems.reject("comment", "diagnostic.review.commentRequired");
        }
        tooLong(problems, "comment", comment);
        problems.throwIfAny();
        Rating oldRating = answer.getReviewRating();
        String oldComment = answer.getReviewComment();
        answer.review(rating, comment, actor.userId(), clock.instant());
        answer = answers.saveAndFlush(answer);
        record(answer, actor, AnswerChange.Kind.REVIEW, "rating", name(oldRating), name(rating));
        record(answer, actor, AnswerChange.Kind.REVIEW, "comment", oldComment, comment);
        return new SaveOutcome(true, view(answer, Map.of(actor.userId(), actor.name())));
    }

    public void validate(long diagnosticId, Actor actor) {
        DiagnosticView view = view(diagnosticId);
        long missing = view.criterionCount() - view.reviewedCount();
        if (view.status() == DiagnosticStatus.SUBMITTED && missing > 0) {
            throw InvalidInputException.of(null, "diagnostic.validate.incomplete", missing);
        }
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow();
        diagnostic.validate(actor.userId(), clock.instant(), view.campaign().directorSignOff());
        scores.record(view, RateBasis.VALIDATED);
    }

    public void returnToStructure(long diagnosticId, String note, Actor actor) {
        String clean = clean(note);
        if (clean == null) {
            throw InvalidInputException.of("note", "diagnostic.return.noteRequired");
        }
        if (clean.length() > MAX_TEXT) {
            throw InvalidInputException.of("note", "validation.tooLong", MAX_TEXT);
        }
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        diagnostic.returnToStructure(clean);
        scores.forget(diagnosticId);
    }

    /** One criterion of a past diagnostic for {@link #recordCompleted}: the structure's answer and the expert's review. */
    public record CompletedAnswer(
            Rating rating, String justification, String comment, Rating reviewRating, String reviewComment) {}

    /**
     * Records in one go a diagnostic that was answered, submitted, reviewed and validated in a past
     * (closed) campaign: the answers with their reviews, the submission by {@code referent} at
     * {@code submittedAt}, the validation by {@code expert} at {@code validatedAt}, the history rows
     * (answer_change) dated accordingly, and the declared and validated scores. For loading earlier
     * campaigns (the demo network) only: the referent's and the expert's own work goes through
     * {@link #saveAnswer}, {@link #submit}, {@link #review} and {@link #validate}, which refuse a
     * closed campaign. The same rules hold: the diagnostic is a draft with no answer yet, every
     * criterion of its version is answered and reviewed, Non applicable carries a justification and
     * an expert's correction a comment; campaigns that ask for the director's sign-off are refused.
     * Written in batches (plain SQL) because a network loads thousands of answers; one audit row per
     * diagnostic records the load, and the diagnostic's own change is audited as usual.
     *
     * @throws IllegalArgumentException when the data break one of these rules (a programming error)
     */
    public void recordCompleted(
            long diagnosticId,
            Map<Long, CompletedAnswer> completed,
            Actor referent,
            Instant submittedAt,
            Actor expert,
            Instant validatedAt) {
        Diagnostic diagnostic = diagnostics.findById(diagnosticId).orElseThrow(NotFoundException::new);
        Campaign campaign = campaigns.findById(diagnostic.getCampaignId()).orElseThrow(NotFoundException::new);
        ReferentialVersion referential = referentials.version(campaign.getReferentialId());
        requireArgument(diagnostic.getStatus() == DiagnosticStatus.DRAFT, "the diagnostic is not a draft");
        requireArgument(!campaign.isDirectorSignOff(), "the campaign asks for the director's sign-off");
        requireArgument(!validatedAt.isBefore(submittedAt), "validated before it was submitted");
        Long existing = jdbc.queryForObject(
                "select count(*) from answer where network_id = ? and diagnostic_id = ?",
                Long.class,
                diagnostic.getNetworkId(),
                diagnosticId);
        requireArgument(existing == 0, "the diagnostic already has answers");
        requireArgument(
                completed
                        .keySet()
                        .equals(referential.criteria().stream()
                                .map(CriterionView::id)
                                .collect(Collectors.toSet())),
                "every criterion of the version, and only those, must be answered");

        List<Long> ids = jdbc.queryForList(
                "select nextval('answer_seq') from generate_series(1, ?)",
                Long.class,
                referential.criteria().size());
        List<Object[]> rows = new ArrayList<>();
        Map<Long, AnswerView> views = new HashMap<>();
        int corrected = 0;
        Timestamp submitted = Timestamp.from(submittedAt);
        Timestamp validated = Timestamp.from(validatedAt);
        for (CriterionView criterion : referential.criteria()) {
            CompletedAnswer a = completed.get(criterion.id());
            String justification = clean(a.justification());
            String comment = clean(a.comment());
            String reviewComment = clean(a.reviewComment());
            requireArgument(a.rating() != null && a.reviewRating() != null, "answer and review required");
            requireArgument(
                    a.rating() != Rating.NON_APPLICABLE || justification != null,
                    "Non applicable needs a justification");
            requireArgument(a.reviewRating() == a.rating() || reviewComment != null, "a correction needs a comment");
            if (a.reviewRating() != a.rating()) {
                corrected++;
            }
            rows.add(new Object[] {
                ids.get(rows.size()),
                diagnostic.getNetworkId(),
                diagnosticId,
                criterion.id(),
                a.rating().name(),
                justification,
                comment,
                submitted,
                referent.userId(),
                a.reviewRating().name(),
                reviewComment,
                validated,
                expert.userId()
            });
            views.put(
                    criterion.id(),
                    new AnswerView(
                            null,
                            criterion.id(),
                            a.rating(),
                            justification,
                            comment,
                            submittedAt,
                            referent.name(),
                            0,
                            a.reviewRating(),
                            reviewComment,
                            validatedAt,
                            expert.name()));
        }
        jdbc.batchUpdate(
                "insert into answer (id, network_id, diagnostic_id, criterion_id, rating, justification, comment,"
                        + " updated_at, updated_by, review_rating, review_comment, reviewed_at, reviewed_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        // The history a referent and an expert would have left: each field set once, from nothing.
        List<Object[]> history = new ArrayList<>();
        for (Object[] row : rows) {
            long answerId = (Long) row[0];
            history.add(change(row, answerId, submitted, referent, "ANSWER", "rating", row[4]));
            history.add(change(row, answerId, submitted, referent, "ANSWER", "justification", row[5]));
            history.add(change(row, answerId, submitted, referent, "ANSWER", "comment", row[6]));
            history.add(change(row, answerId, validated, expert, "REVIEW", "rating", row[9]));
            history.add(change(row, answerId, validated, expert, "REVIEW", "comment", row[10]));
        }
        history.removeIf(java.util.Objects::isNull);
        jdbc.batchUpdate(
                "insert into answer_change (id, network_id, answer_id, changed_at, changed_by, changed_by_name,"
                        + " kind, field, old_value, new_value)"
                        + " values (nextval('answer_change_seq'), ?, ?, ?, ?, ?, ?, ?, null, ?)",
                history);
        diagnostic.submit(referent.userId(), submittedAt);
        diagnostic.validate(expert.userId(), validatedAt, false);
        DiagnosticView view = new DiagnosticView(
                diagnosticId,
                diagnostic.getStructureId(),
                campaign.view(),
                DiagnosticStatus.VALIDATED,
                submittedAt,
                null,
                validatedAt,
                null,
                referential,
                views);
        scores.record(view, RateBasis.DECLARED);
        scores.record(view, RateBasis.VALIDATED);
        audit.record(
                "RECORD_COMPLETED",
                "Diagnostic",
                diagnosticId,
                Map.of("answers", rows.size(), "corrected", corrected, "year", campaign.getYear()));
    }

    // One answer_change row (network, answer, when, by whom, kind, field, new value), or null when the field is empty.
    private static Object[] change(
            Object[] answer, long answerId, Timestamp at, Actor actor, String kind, String field, Object value) {
        return value == null
                ? null
                : new Object[] {answer[1], answerId, at, actor.userId(), actor.name(), kind, field, value};
    }

    private static void requireArgument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Transactional(readOnly = true)
    public List<AnswerChangeView> history(long diagnosticId, long criterionId) {
        return answers.findByDiagnosticIdAndCriterionId(diagnosticId, criterionId)
                .map(a -> changes.findByAnswerIdOrderByChangedAtDescIdDesc(a.getId()).stream()
                        .map(AnswerChange::view)
                        .toList())
                .orElse(List.of());
    }

    private CriterionView criterionOf(Campaign campaign, long criterionId) {
        return referentials.version(campaign.getReferentialId()).criteria().stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private AnswerView currentView(long diagnosticId, long criterionId) {
        return answers.findByDiagnosticIdAndCriterionId(diagnosticId, criterionId)
                .map(a -> {
                    Set<Long> ids = new HashSet<>();
                    ids.add(a.getUpdatedBy());
                    ids.add(a.getReviewedBy());
                    ids.remove(null);
                    return view(a, people.namesOf(ids));
                })
                .orElse(AnswerView.unanswered(criterionId));
    }

    private void record(Answer answer, Actor actor, AnswerChange.Kind kind, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.save(new AnswerChange(
                    answer.getId(), clock.instant(), actor.userId(), actor.name(), kind, field, before, after));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private static AnswerView view(Answer a, Map<Long, String> names) {
        return new AnswerView(
                a.getId(),
                a.getCriterionId(),
                a.getRating(),
                a.getJustification(),
                a.getComment(),
                a.getUpdatedAt(),
                a.getUpdatedBy() == null ? null : names.get(a.getUpdatedBy()),
                a.getLockVersion(),
                a.getReviewRating(),
                a.getReviewComment(),
                a.getReviewedAt(),
                a.getReviewedBy() == null ? null : names.get(a.getReviewedBy()));
    }

    private static DiagnosticSummary summary(Diagnostic d, Campaign c) {
        return new DiagnosticSummary(d.getId(), d.getStructureId(), c.getId(), c.getYear(), d.getStatus());
    }

    private static void tooLong(InvalidInputException.Collector problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.reject(field, "validation.tooLong", MAX_TEXT);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String name(Rating rating) {
        return rating == null ? null : rating.name();
    }
}
