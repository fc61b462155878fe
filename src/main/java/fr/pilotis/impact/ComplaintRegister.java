package fr.pilotis.impact;

import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A structure's complaints register: filtered list, record, edit, close. Checked before writing. */
@Service
@Transactional
public class ComplaintRegister {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int REFERENCE_MAX = 40;

    private final ComplaintRepository complaints;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ComplaintRegister(ComplaintRepository complaints, Clock clock, JdbcTemplate jdbc, AuditTrail audit) {
        this.complaints = complaints;
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The register's filter: open or closed (null: both), a category, a period (inclusive). */
    public record Filter(Boolean open, ComplaintCategory category, LocalDate from, LocalDate to) {}

    @Transactional(readOnly = true)
    public List<ComplaintView> list(long structureId, Filter filter) {
        return complaints
                .search(
                        structureId,
                        filter.open(),
                        filter.category(),
                        filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from(),
                        filter.to() == null ? LocalDate.of(2999, 12, 31) : filter.to())
                .stream()
                .map(Complaint::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ComplaintView find(long structureId, long complaintId) {
        return load(structureId, complaintId).view();
    }

    public long record(long structureId, ComplaintInput input) {
        check(input);
        Complaint complaint = new Complaint(structureId);
        complaint.update(input);
        return complaints.save(complaint).getId();
    }

    /** A complaint of one structure, for {@link #importComplaints}. */
    public record ComplaintImport(long structureId, ComplaintInput input) {}

    /**
     * Many structures' complaints at once (demo, imports from another register): each checked as
     * the form checks it, then one batch and one audit event.
     */
    public void importComplaints(List<ComplaintImport> imports) {
        imports.forEach(i -> check(i.input()));
        long network = Tenancy.currentNetworkId();
        jdbc.batchUpdate(
                "insert into complaint (id, network_id, structure_id, received_on, channel, client_reference, category,"
                        + " description, answer_given, closed_on)"
                        + " values (nextval('complaint_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                imports.stream()
                        .map(i -> {
                            ComplaintInput c = i.input();
                            return new Object[] {
                                network,
                                i.structureId(),
                                java.sql.Date.valueOf(c.receivedOn()),
                                c.channel().name(),
                                c.clientReference().strip(),
                                c.category().name(),
                                c.description().strip(),
                                c.answerGiven(),
                                c.closedOn() == null ? null : java.sql.Date.valueOf(c.closedOn())
                            };
                        })
                        .toList());
        audit.record("COMPLAINTS_IMPORTED", "Network", network, java.util.Map.of("rows", imports.size()));
    }

    public void update(long structureId, long complaintId, ComplaintInput input) {
        Complaint complaint = load(structureId, complaintId);
        check(input);
        complaint.update(input);
    }

    /** Closes an open complaint today, keeping the answer given. */
    public void close(long structureId, long complaintId, String answerGiven) {
        Complaint complaint = load(structureId, complaintId);
        ComplaintView current = complaint.view();
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        String answer = answerGiven == null || answerGiven.isBlank() ? current.answerGiven() : answerGiven;
        if (answer == null || answer.isBlank()) {
            throw InvalidInputException.of("answerGiven", "impact.complaint.error.answerMissing");
        }
        complaint.update(new ComplaintInput(
                current.receivedOn(),
                current.channel(),
                current.clientReference(),
                current.category(),
                current.description(),
                answer,
                current.closed()
                        ? current.closedOn()
                        : today.isBefore(current.receivedOn()) ? current.receivedOn() : today,
                true));
    }

    private Complaint load(long structureId, long complaintId) {
        return complaints
                .findById(complaintId)
                .filter(c -> c.getStructureId() == structureId)
                .orElseThrow(NotFoundException::new);
    }

    private void check(ComplaintInput input) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (input.receivedOn() == null) {
            problems.reject("receivedOn", "impact.complaint.error.dateMissing");
        } else if (input.receivedOn().isAfter(today)) {
            problems.reject("receivedOn", "impact.complaint.error.future");
        } else if (input.receivedOn().getYear() < 2000) {
            problems.reject("receivedOn", "impact.complaint.error.tooOld");
        }
        if (input.channel() == null) {
            problems.reject("channel", "impact.complaint.error.channel");
        }
        if (input.category() == null) {
            problems.reject("category", "impact.complaint.error.category");
        }
        String reference =
                input.clientReference() == null ? "" : input.clientReference().strip();
        if (reference.isEmpty()) {
            problems.reject("clientReference", "impact.complaint.error.referenceMissing");
        } else if (reference.length() > REFERENCE_MAX) {
            problems.reject("clientReference", "impact.complaint.error.referenceTooLong", REFERENCE_MAX);
        } else if (ClientReferences.looksLikeEmail(reference)) {
            problems.reject("clientReference", "impact.complaint.error.referenceEmail");
        } else if (ClientReferences.looksLikeName(reference) && !input.referenceConfirmed()) {
            problems.reject("clientReference", "impact.complaint.warning.referenceName");
        }
        if (input.description() == null || input.description().isBlank()) {
            problems.reject("description", "impact.complaint.error.descriptionMissing");
        } else if (input.description().length() > 10_000) {
            problems.reject("description", "impact.error.tooLong", 10_000);
        }
        if (input.answerGiven() != null && input.answerGiven().length() > 10_000) {
            problems.reject("answerGiven", "impact.error.tooLong", 10_000);
        }
        if (input.closedOn() != null) {
            if (input.receivedOn() != null && input.closedOn().isBefore(input.receivedOn())) {
                problems.reject("closedOn", "impact.complaint.error.closedBeforeReceived");
            } else if (input.closedOn().isAfter(today)) {
                problems.reject("closedOn", "impact.complaint.error.future");
            }
            if (input.answerGiven() == null || input.answerGiven().isBlank()) {
                problems.reject("answerGiven", "impact.complaint.error.answerMissing");
            }
        }
        problems.throwIfAny();
    }
}
