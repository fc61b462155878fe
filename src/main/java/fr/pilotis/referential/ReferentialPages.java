package fr.pilotis.referential;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What the référentiel pages show, built from a version's view records. */
final class ReferentialPages {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private ReferentialPages() {}

    /** A line of the versions table. */
    record VersionLine(long id, int version, String name, boolean isDefault, LocalDate createdOn, long criterionCount) {

        static VersionLine of(ReferentialSummary summary) {
            return new VersionLine(
                    summary.id(),
                    summary.version(),
                    summary.name(),
                    summary.isDefault(),
                    summary.createdAt() == null
                            ? null
                            : summary.createdAt().atZone(FRANCE).toLocalDate(),
                    summary.criterionCount());
        }
    }

    /** A theme with its criteria, as the version page lays them out. */
    record ThemePanel(ThemeView theme, List<CriterionPanel> criteria) {}

    /** A criterion and the labelled texts shown when it is unfolded (empty ones left out). */
    record CriterionPanel(CriterionView criterion, List<Section> sections) {}

    /** A labelled text, split into paragraphs at its line breaks. */
    record Section(String labelKey, List<String> paragraphs) {}

    static List<ThemePanel> themes(ReferentialVersion version) {
        return version.themes().stream()
                .map(theme -> new ThemePanel(
                        theme,
                        version.criteriaOf(theme).stream()
                                .map(ReferentialPages::panel)
                                .toList()))
                .toList();
    }

    private static CriterionPanel panel(CriterionView criterion) {
        List<Section> sections = new ArrayList<>();
        section(sections, "referential.criterion.explanation", criterion.explanation());
        section(sections, "referential.criterion.examples", criterion.examples());
        section(sections, "referential.criterion.expectedContent", criterion.expectedContent());
        section(sections, "referential.criterion.legalReferences", criterion.legalReferences());
        section(sections, "referential.criterion.expectedEvidence", criterion.expectedEvidence());
        section(sections, "referential.criterion.keyDeliverable", criterion.keyDeliverable());
        return new CriterionPanel(criterion, List.copyOf(sections));
    }

    private static void section(List<Section> sections, String labelKey, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new Section(
                    labelKey,
                    text.lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList()));
        }
    }
}
