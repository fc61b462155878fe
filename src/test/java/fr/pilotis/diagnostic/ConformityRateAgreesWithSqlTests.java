package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.Networks;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The conformity rate is computed twice: in Java ({@link ConformityRate}, the diagnostic page and the
 * scorecards) and in SQL ({@link DiagnosticScores#RATES_FROM_COUNTS}, the stored rates that the
 * results tables, indicators and extracts read). On every stored rate of the demo network — each
 * diagnostic, basis, theme and the whole module — the Java rate over the diagnostic's answers equals
 * the rate SQL stored.
 */
@PilotisTest
class ConformityRateAgreesWithSqlTests {

    @Autowired
    Networks networks;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    JdbcTemplate jdbc;

    record StoredRate(long diagnosticId, RateBasis basis, String themeCode, Double rate) {}

    @Test
    void javaAndSqlGiveTheSameRateOnEveryDiagnosticOfTheDemo() {
        long demo = Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                .orElseThrow();
        Tenancy.runInNetwork(demo, () -> {
            List<StoredRate> stored = jdbc.query(
                    "select diagnostic_id, basis, theme_code, rate from diagnostic_rate where network_id = ?"
                            + " order by diagnostic_id, basis, theme_code",
                    (rs, i) -> new StoredRate(
                            rs.getLong(1),
                            RateBasis.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getObject(4) == null ? null : rs.getDouble(4)),
                    demo);
            Map<Long, DiagnosticView> views = new HashMap<>();
            int withARate = 0;
            for (StoredRate row : stored) {
                DiagnosticView view = views.computeIfAbsent(row.diagnosticId(), diagnostics::view);
                Double java = javaRate(view, row.basis(), row.themeCode()).percent();
                String where =
                        "diagnostic " + row.diagnosticId() + " " + row.basis() + " theme '" + row.themeCode() + "'";
                if (row.rate() == null) {
                    assertThat(java).as(where).isNull();
                } else {
                    withARate++;
                    assertThat(java).as(where).isNotNull();
                    assertThat(java).as(where).isCloseTo(row.rate(), within(1e-9));
                }
            }
            assertThat(views).as("diagnostics of the demo with stored rates").hasSizeGreaterThan(10);
            assertThat(withARate).isGreaterThan(50);
        });
    }

    /** The rate of one theme ('' for the whole module) from the answers, as the Java side counts. */
    static ConformityRate javaRate(DiagnosticView view, RateBasis basis, String themeCode) {
        ConformityRate rate = ConformityRate.NONE;
        for (CriterionView criterion : view.referential().criteria()) {
            if (themeCode.isEmpty() || themeCode.equals(criterion.themeCode())) {
                AnswerView answer = view.answerTo(criterion);
                rate = rate.with(basis == RateBasis.DECLARED ? answer.rating() : answer.reviewRating());
            }
        }
        return rate;
    }
}
