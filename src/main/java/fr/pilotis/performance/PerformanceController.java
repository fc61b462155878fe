package fr.pilotis.performance;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A structure's ANAP dashboard (everyone who reads the structure, funders included: figures only),
 * the referent's yearly raw data entry and confirmations, and the definitions page.
 */
@Controller
class PerformanceController {

    static final int FIRST_YEAR = 2015;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final PerformanceFigures figures;
    private final PerformanceData data;
    private final AnapCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    PerformanceController(
            AccessPolicy access,
            OrganisationDirectory directory,
            PerformanceFigures figures,
            PerformanceData data,
            AnapCatalog catalog,
            JsonMapper json,
            Clock clock) {
        this.access = access;
        this.directory = directory;
        this.figures = figures;
        this.data = data;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/structures/{structureId}/performance")
    String dashboard(@PathVariable long structureId, @RequestParam(required = false) Integer year, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        int chosen = year(year);
        List<Long> peers = directory.structures(access.readableStructures()).stream()
                .filter(s -> s.type() == structure.type())
                .map(StructureSummary::id)
                .toList();
        Map<Long, StructurePerformance> all = figures.forStructures(chosen, peers);
        StructurePerformance dashboard =
                all.containsKey(structureId) ? all.get(structureId) : figures.forStructure(chosen, structureId);
        List<PeerComparison.Line> lines = PeerComparison.of(dashboard, all.values());
        model.addAttribute("structure", structure);
        model.addAttribute("year", chosen);
        model.addAttribute("years", years());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("lines", lines);
        model.addAttribute("chartJson", chartJson(lines));
        model.addAttribute("canEdit", access.holdsOnStructure(structure, Role.REFERENT));
        model.addAttribute("minimumPeers", PeerComparison.MINIMUM_PEERS);
        return "performance/dashboard";
    }

    @GetMapping("/structures/{structureId}/performance/entry")
    String entry(@PathVariable long structureId, @RequestParam(required = false) Integer year, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        int chosen = year(year);
        if (!access.holdsOnStructure(structure, Role.REFERENT)) {
            // only the referent enters the raw data; other readers get the dashboard
            return "redirect:/structures/" + structureId + "/performance?year=" + chosen;
        }
        Map<String, String> typed = new HashMap<>();
        data.raw(structureId, chosen).forEach((code, value) -> typed.put(code, format(value)));
        return entryPage(structure, chosen, typed, Map.of(), model);
    }

    @PostMapping("/structures/{structureId}/performance/entry")
    String save(
            @PathVariable long structureId,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.requireStructureRole(structureId, Role.REFERENT);
        int chosen = year(parse(parameters.get("year")));
        Map<String, String> typed = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("values[") && name.endsWith("]")) {
                typed.put(name.substring(7, name.length() - 1), value);
            }
        });
        try {
            data.save(structureId, chosen, typed);
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new HashMap<>();
            refused.problems()
                    .forEach(p -> errors.put(
                            p.field() == null
                                    ? ""
                                    : p.field().replace("values[", "").replace("]", ""),
                            p.messageKey()));
            return entryPage(structure, chosen, typed, errors, model);
        }
        redirect.addFlashAttribute("saved", "performance.saved");
        return "redirect:/structures/" + structureId + "/performance?year=" + chosen;
    }

    @PostMapping("/structures/{structureId}/performance/confirm")
    String confirm(
            @PathVariable long structureId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        access.requireStructureRole(structureId, Role.REFERENT);
        int chosen = year(year);
        try {
            data.confirm(
                    structureId,
                    chosen,
                    code == null ? "" : code,
                    comment,
                    access.currentUser().userId());
            redirect.addFlashAttribute("saved", "performance.confirmed");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", refused.problems().get(0).messageKey());
        }
        return "redirect:/structures/" + structureId + "/performance?year=" + chosen;
    }

    @GetMapping("/performance/definitions")
    String definitions(Model model) {
        access.currentUser();
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("inputs", catalog.inputs());
        return "performance/definitions";
    }

    private String entryPage(
            StructureSummary structure, int year, Map<String, String> typed, Map<String, String> errors, Model model) {
        List<AnapIndicatorDefinition> indicators = catalog.indicators();
        List<String> used = indicators.stream()
                .filter(d -> d.appliesTo(structure.type()))
                .flatMap(d -> d.inputs().stream())
                .distinct()
                .toList();
        List<AnapInputDefinition> inputs =
                catalog.inputs().stream().filter(i -> used.contains(i.code())).toList();
        Map<Integer, List<AnapInputDefinition>> byAxis = new LinkedHashMap<>();
        inputs.forEach(i -> byAxis.computeIfAbsent(i.axis(), a -> new java.util.ArrayList<>())
                .add(i));
        model.addAttribute("structure", structure);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("byAxis", byAxis);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "performance/entry";
    }

    private String chartJson(List<PeerComparison.Line> lines) {
        List<Map<String, Object>> charts = new java.util.ArrayList<>();
        for (PeerComparison.Line line : lines) {
            IndicatorValue value = line.indicator();
            if (!value.applicable() || line.peers() == null) {
                continue;
            }
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("code", value.definition().code());
            chart.put("label", value.definition().label());
            chart.put("unit", value.definition().unit());
            Quartiles q = line.peers();
            chart.put("box", List.of(q.min(), q.q1(), q.median(), q.q3(), q.max()));
            chart.put("value", value.value());
            charts.add(chart);
        }
        return json.writeValueAsString(charts);
    }

    private int year(Integer asked) {
        int current = LocalDate.now(clock.withZone(PARIS)).getYear();
        return asked != null && asked >= FIRST_YEAR && asked <= current ? asked : current;
    }

    private List<Integer> years() {
        int current = LocalDate.now(clock.withZone(PARIS)).getYear();
        return IntStream.rangeClosed(FIRST_YEAR, current)
                .map(y -> current + FIRST_YEAR - y)
                .boxed()
                .toList();
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double value) {
        return new java.math.BigDecimal(Double.toString(value))
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }
}
