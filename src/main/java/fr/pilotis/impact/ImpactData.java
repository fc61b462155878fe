package fr.pilotis.impact;

import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure's impact data, year by year: checked as a whole before anything is written. Who may
 * write is decided by the controller ({@code AccessPolicy}); this service is confined to the
 * network by the tenant discriminator.
 */
@Service
@Transactional
public class ImpactData {

    static final int MAX_COUNT = 1_000_000;

    private final ImpactYearRepository years;
    private final SatisfactionQuestionnaireRepository questionnaires;
    private final ImpactFigures figures;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ImpactData(
            ImpactYearRepository years,
            SatisfactionQuestionnaireRepository questionnaires,
            ImpactFigures figures,
            JdbcTemplate jdbc,
            AuditTrail audit) {
        this.years = years;
        this.questionnaires = questionnaires;
        this.figures = figures;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What the referent typed for the year (empty input when nothing yet). */
    @Transactional(readOnly = true)
    public ImpactYearInput entered(long structureId, int year) {
        return years.findByStructureIdAndYear(structureId, year)
                .map(y -> new ImpactYearInput(
                        y.getClientsServed(),
                        y.getSurveyMode(),
                        y.getQuestionnairesSent(),
                        y.getQuestionnairesReturned(),
                        y.getVerySatisfied(),
                        y.getSatisfied(),
                        y.getNotVerySatisfied(),
                        y.getNotSatisfied(),
                        y.getQualitativeBenefits()))
                .orElse(new ImpactYearInput(null, SurveyMode.TOTALS, null, null, null, null, null, null, null));
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireView> questionnaires(long structureId, int year) {
        return questionnaires.findByStructureIdAndYearOrderByReturnedOnAscIdAsc(structureId, year).stream()
                .map(SatisfactionQuestionnaire::view)
                .toList();
    }

    public void save(long structureId, int year, ImpactYearInput input) {
        checkYear(year);
        int rows = input.surveyMode() == SurveyMode.QUESTIONNAIRES
                ? questionnaires
                        .findByStructureIdAndYearOrderByReturnedOnAscIdAsc(structureId, year)
                        .size()
                : 0;
        check(input, rows).throwIfAny();
        ImpactYear row =
                years.findByStructureIdAndYear(structureId, year).orElseGet(() -> new ImpactYear(structureId, year));
        row.update(input);
        years.save(row);
    }

    /** Every problem of a year's input; {@code rows}: questionnaires already entered one by one. */
    static InvalidInputException.Collector check(ImpactYearInput input, int rows) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        count(problems, "clientsServed", input.clientsServed());
        count(problems, "questionnairesSent", input.questionnairesSent());
        if (input.surveyMode() == null) {
            problems.reject("surveyMode", "impact.error.surveyMode");
        }
        if (input.surveyMode() == SurveyMode.TOTALS) {
            count(problems, "questionnairesReturned", input.questionnairesReturned());
            count(problems, "verySatisfied", input.verySatisfied());
            count(problems, "satisfied", input.satisfied());
            count(problems, "notVerySatisfied", input.notVerySatisfied());
            count(problems, "notSatisfied", input.notSatisfied());
            Integer sent = input.questionnairesSent();
            Integer returned = input.questionnairesReturned();
            if (!problems.has("questionnairesReturned") && returned != null) {
                if (sent == null) {
                    problems.reject("questionnairesSent", "impact.error.sentMissing");
                } else if (!problems.has("questionnairesSent") && returned > sent) {
                    problems.reject("questionnairesReturned", "impact.error.returnedAboveSent", returned, sent);
                }
            }
            int answers = nz(input.verySatisfied())
                    + nz(input.satisfied())
                    + nz(input.notVerySatisfied())
                    + nz(input.notSatisfied());
            boolean answersValid = !problems.has("verySatisfied")
                    && !problems.has("satisfied")
                    && !problems.has("notVerySatisfied")
                    && !problems.has("notSatisfied");
            if (answersValid && answers > 0) {
                if (returned == null) {
                    problems.reject("questionnairesReturned", "impact.error.returnedMissing");
                } else if (!problems.has("questionnairesReturned")
                        && nz(input.verySatisfied()) + nz(input.satisfied()) > returned) {
                    problems.reject("satisfied", "impact.error.satisfiedAboveReturned", returned);
                } else if (!problems.has("questionnairesReturned") && answers > returned) {
                    problems.reject("notSatisfied", "impact.error.answersAboveReturned", answers, returned);
                }
            }
        } else if (input.surveyMode() == SurveyMode.QUESTIONNAIRES && !problems.has("questionnairesSent")) {
            if (input.questionnairesSent() != null && rows > input.questionnairesSent()) {
                problems.reject("questionnairesSent", "impact.error.sentBelowRows", rows);
            }
        }
        if (input.qualitativeBenefits() != null && input.qualitativeBenefits().length() > 20_000) {
            problems.reject("qualitativeBenefits", "impact.error.tooLong", 20_000);
        }
        return problems;
    }

    /** A year of one structure's impact data, for {@link #importYears}. */
    public record YearImport(long structureId, int year, ImpactYearInput input) {}

    /** A returned questionnaire of one structure, for {@link #importQuestionnaires}. */
    public record QuestionnaireImport(long structureId, int year, LocalDate returnedOn, SatisfactionLevel answer) {}

    /**
     * Many structures' years at once (demo, imports from another tool): checked like the form, then
     * written in one batch with one audit event. The years must not exist yet.
     */
    public void importYears(List<YearImport> imports) {
        for (YearImport i : imports) {
            checkYear(i.year());
            check(i.input(), 0).throwIfAny();
        }
        long network = Tenancy.currentNetworkId();
        jdbc.batchUpdate(
                "insert into impact_year (id, network_id, structure_id, year, clients_served, survey_mode,"
                        + " questionnaires_sent, questionnaires_returned, very_satisfied, satisfied, not_very_satisfied,"
                        + " not_satisfied, qualitative_benefits)"
                        + " values (nextval('impact_year_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                imports.stream()
                        .map(i -> {
                            ImpactYearInput in = i.input();
                            boolean totals = in.surveyMode() == SurveyMode.TOTALS;
                            return new Object[] {
                                network,
                                i.structureId(),
                                i.year(),
                                in.clientsServed(),
                                in.surveyMode().name(),
                                in.questionnairesSent(),
                                totals ? in.questionnairesReturned() : null,
                                totals ? in.verySatisfied() : null,
                                totals ? in.satisfied() : null,
                                totals ? in.notVerySatisfied() : null,
                                totals ? in.notSatisfied() : null,
                                in.qualitativeBenefits()
                            };
                        })
                        .toList());
        audit.record("IMPACT_YEARS_IMPORTED", "Network", network, Map.of("rows", imports.size()));
    }

    /** Many returned questionnaires at once, each dated in its year; one batch, one audit event. */
    public void importQuestionnaires(List<QuestionnaireImport> imports) {
        for (QuestionnaireImport i : imports) {
            if (i.returnedOn() == null || i.returnedOn().getYear() != i.year() || i.answer() == null) {
                throw InvalidInputException.of("returnedOn", "impact.error.dateOutsideYear", i.year());
            }
        }
        long network = Tenancy.currentNetworkId();
        jdbc.batchUpdate(
                "insert into satisfaction_questionnaire (id, network_id, structure_id, year, returned_on, answer)"
                        + " values (nextval('satisfaction_questionnaire_seq'), ?, ?, ?, ?, ?)",
                imports.stream()
                        .map(i -> new Object[] {
                            network,
                            i.structureId(),
                            i.year(),
                            java.sql.Date.valueOf(i.returnedOn()),
                            i.answer().name()
                        })
                        .toList());
        audit.record("SATISFACTION_QUESTIONNAIRES_IMPORTED", "Network", network, Map.of("rows", imports.size()));
    }

    /**
     * One returned questionnaire: the year switches to questionnaire mode (its typed totals are set
     * aside), and there may not be more questionnaires than were sent.
     */
    public long addQuestionnaire(long structureId, int year, LocalDate returnedOn, SatisfactionLevel answer) {
        checkYear(year);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (returnedOn == null) {
            problems.reject("returnedOn", "impact.error.dateMissing");
        } else if (returnedOn.getYear() != year) {
            problems.reject("returnedOn", "impact.error.dateOutsideYear", year);
        }
        if (answer == null) {
            problems.reject("answer", "impact.error.answerMissing");
        }
        ImpactYear row =
                years.findByStructureIdAndYear(structureId, year).orElseGet(() -> new ImpactYear(structureId, year));
        int rows = questionnaires
                .findByStructureIdAndYearOrderByReturnedOnAscIdAsc(structureId, year)
                .size();
        if (row.getQuestionnairesSent() != null && rows + 1 > row.getQuestionnairesSent()) {
            problems.reject("returnedOn", "impact.error.moreThanSent", row.getQuestionnairesSent());
        }
        problems.throwIfAny();
        if (row.getSurveyMode() != SurveyMode.QUESTIONNAIRES) {
            row.update(new ImpactYearInput(
                    row.getClientsServed(),
                    SurveyMode.QUESTIONNAIRES,
                    row.getQuestionnairesSent(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    row.getQualitativeBenefits()));
            years.save(row);
        }
        return questionnaires
                .save(new SatisfactionQuestionnaire(structureId, year, returnedOn, answer))
                .getId();
    }

    public void deleteQuestionnaire(long structureId, long questionnaireId) {
        SatisfactionQuestionnaire row = questionnaires
                .findById(questionnaireId)
                .filter(q -> q.getStructureId() == structureId)
                .orElseThrow(NotFoundException::new);
        questionnaires.delete(row);
    }

    @Transactional(readOnly = true)
    public StructureImpact figures(long structureId, int year) {
        return figures.forStructure(year, structureId);
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "impact.error.year");
        }
    }

    private static void count(InvalidInputException.Collector problems, String field, Integer value) {
        if (value != null && value < 0) {
            problems.reject(field, "impact.error.negative");
        } else if (value != null && value > MAX_COUNT) {
            problems.reject(field, "impact.error.tooLarge", MAX_COUNT);
        }
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
