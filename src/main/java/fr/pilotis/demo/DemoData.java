package fr.pilotis.demo;

import fr.pilotis.access.Role;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo networks as plain data: the seed's engagement (9 UT, 7 groups, 51 structures of the four
 * types in several départements of Provence, Languedoc and Corsica) with realistic, invented names.
 */
final class DemoData {

    static final String MAIN_NETWORK_NAME = "Réseau Domicile Sud (démo)";
    static final String OTHER_NETWORK_NAME = "Réseau Aide Nord (démo)";

    record NetworkPlan(
            List<UnionPlan> unions, List<String> groups, List<StructurePlan> structures, List<PersonPlan> people) {}

    record UnionPlan(String name, String departement, List<String> towns) {}

    record StructurePlan(
            String finess,
            String name,
            StructureType type,
            String departement,
            int unionIndex,
            int groupIndex,
            ProgrammePhase phase,
            String address,
            String phone) {}

    record PersonPlan(
            String email, String firstName, String lastName, String jobTitle, String phone, List<GrantPlan> grants) {}

    /** A grant by the index of its UT, group or structure in the plan, or by départements. */
    record GrantPlan(Role role, int index, Set<String> departements) {

        static GrantPlan of(Role role, int index) {
            return new GrantPlan(role, index, null);
        }
    }

    private static final List<UnionPlan> MAIN_UNIONS = List.of(
            new UnionPlan(
                    "UT Provence occidentale",
                    "13",
                    List.of("Arles", "Istres", "Martigues", "Salon-de-Provence", "Vitrolles", "Marignane")),
            new UnionPlan(
                    "UT Marseille Provence",
                    "13",
                    List.of("Marseille 5e", "Marseille 13e", "Aubagne", "La Ciotat", "Aix-en-Provence", "Gardanne")),
            new UnionPlan(
                    "UT Var",
                    "83",
                    List.of("Toulon", "Hyères", "Fréjus", "Draguignan", "Brignoles", "La Seyne-sur-Mer")),
            new UnionPlan(
                    "UT Vaucluse", "84", List.of("Avignon", "Carpentras", "Orange", "Cavaillon", "Pertuis", "Apt")),
            new UnionPlan(
                    "UT Alpes-Maritimes",
                    "06",
                    List.of("Nice", "Cannes", "Antibes", "Grasse", "Menton", "Cagnes-sur-Mer")),
            new UnionPlan(
                    "UT Alpes du Sud",
                    "04",
                    List.of("Digne-les-Bains", "Manosque", "Sisteron", "Gap", "Briançon", "Embrun")),
            new UnionPlan("UT Gard", "30", List.of("Nîmes", "Alès", "Bagnols-sur-Cèze", "Beaucaire", "Uzès")),
            new UnionPlan("UT Hérault", "34", List.of("Montpellier", "Béziers", "Sète", "Lunel", "Agde")),
            new UnionPlan("UT Corse", "2A", List.of("Ajaccio", "Porto-Vecchio", "Bastia", "Corte", "Calvi")));

    private static final List<String> MAIN_GROUPS = List.of(
            "Groupe 1 — Provence occidentale",
            "Groupe 2 — Marseille et Var ouest",
            "Groupe 3 — Var et Comtat",
            "Groupe 4 — Vaucluse et Côte d'Azur",
            "Groupe 5 — Alpes et Cévennes",
            "Groupe 6 — Gard et Hérault",
            "Groupe 7 — Littoral languedocien et Corse");

    private static final String[] FIRST_NAMES = {
        "Claire", "Julien", "Sophie", "Nicolas", "Isabelle", "Laurent", "Nathalie", "Sébastien", "Céline", "Olivier",
        "Sandrine", "Stéphane", "Valérie", "Christophe", "Aurélie", "Frédéric", "Émilie", "Thierry", "Karine",
                "Mathieu",
        "Hélène", "Jérôme", "Camille", "Pascal", "Delphine", "Antoine", "Martine", "François", "Élodie", "Philippe"
    };
    private static final String[] LAST_NAMES = {
        "Morel", "Girard", "Fabre", "Roux", "Blanc", "Garnier", "Faure", "Rousseau", "Mercier", "Chevalier",
        "Lambert", "Bonnet", "Fontaine", "Marchand", "Gauthier", "Perrin", "Robin", "Clément", "Masson", "Sanchez",
        "Nicolas", "Henry", "Barbier", "Arnaud", "Martinez", "Gilles", "Aubert", "Roche", "Bertrand", "Brun"
    };
    private static final String[] NAME_PATTERNS = {
        "SSIAD %s", "Aide et Présence %s", "SPASAD du pays %s", "Services à la personne %s"
    };
    private static final StructureType[] TYPES = {
        StructureType.SSIAD, StructureType.SAAD, StructureType.SPASAD, StructureType.SAP
    };

    private DemoData() {}

    static NetworkPlan main() {
        List<StructurePlan> structures = new ArrayList<>();
        int total = MAIN_UNIONS.stream().mapToInt(u -> u.towns().size()).sum();
        int index = 0;
        for (int u = 0; u < MAIN_UNIONS.size(); u++) {
            UnionPlan union = MAIN_UNIONS.get(u);
            for (int t = 0; t < union.towns().size(); t++) {
                String town = union.towns().get(t);
                // the Alpes du Sud UT covers 04 and 05, the Corsica UT 2A and 2B
                String departement = union.departement();
                if ("04".equals(departement) && t >= 3) {
                    departement = "05";
                } else if ("2A".equals(departement) && t >= 2) {
                    departement = "2B";
                }
                int typeIndex = (index * 3 + u) % TYPES.length;
                structures.add(new StructurePlan(
                        String.format(Locale.ROOT, "%s%07d", departement, 100_000 + index * 1_373),
                        String.format(NAME_PATTERNS[typeIndex], typeIndex % 2 == 0 ? of(town) : town),
                        TYPES[typeIndex],
                        departement,
                        u,
                        // contiguous blocks, so that some groups gather structures of two UT
                        index * MAIN_GROUPS.size() / total,
                        index % 4 == 3 ? ProgrammePhase.PREPARATORY : ProgrammePhase.DEPLOYMENT,
                        (index % 40 + 1) + " avenue de la République, " + town,
                        String.format(
                                Locale.ROOT,
                                "04 9%d %02d %02d %02d",
                                index % 10,
                                10 + index,
                                20 + index % 50,
                                30 + index % 60)));
                index++;
            }
        }

        List<PersonPlan> people = new ArrayList<>();
        people.add(person(
                0,
                "admin@reseau-demo.fr",
                "Responsable qualité du réseau",
                List.of(GrantPlan.of(Role.NETWORK_ADMIN, 0))));
        for (int u = 0; u < MAIN_UNIONS.size(); u++) {
            String email = u == 0 ? "pilote@reseau-demo.fr" : "pilote.ut" + (u + 1) + "@reseau-demo.fr";
            people.add(person(
                    1 + u, email, "Pilote de l'" + MAIN_UNIONS.get(u).name(), List.of(GrantPlan.of(Role.PILOT, u))));
        }
        for (int e = 0; e < 9; e++) {
            String email = e == 0 ? "expert@reseau-demo.fr" : "expert" + (e + 1) + "@reseau-demo.fr";
            List<GrantPlan> grants = e < MAIN_GROUPS.size()
                    ? List.of(GrantPlan.of(Role.EXPERT, e))
                    : e == 7
                            ? List.of(GrantPlan.of(Role.EXPERT, 1), GrantPlan.of(Role.EXPERT, 2))
                            : List.of(
                                    GrantPlan.of(Role.EXPERT, 4),
                                    GrantPlan.of(Role.EXPERT, 5),
                                    GrantPlan.of(Role.EXPERT, 6));
            people.add(person(10 + e, email, "Expert-réseau", grants));
        }
        for (int s = 0; s < structures.size(); s++) {
            String suffix = String.format(Locale.ROOT, ".s%02d", s + 1);
            people.add(person(
                    20 + 2 * s,
                    s == 0 ? "referent@reseau-demo.fr" : "referent" + suffix + "@reseau-demo.fr",
                    "Référent qualité",
                    List.of(GrantPlan.of(Role.REFERENT, s))));
            people.add(person(
                    21 + 2 * s,
                    s == 0 ? "directeur@reseau-demo.fr" : "directeur" + suffix + "@reseau-demo.fr",
                    "Directeur de la structure",
                    List.of(GrantPlan.of(Role.DIRECTOR, s))));
        }
        people.add(person(
                130,
                "ars@reseau-demo.fr",
                "Chargé de mission, ARS Provence-Alpes-Côte d'Azur",
                List.of(new GrantPlan(Role.FUNDER, 0, Set.of("04", "05", "06", "13", "83", "84")))));
        people.add(person(
                131,
                "cd13@reseau-demo.fr",
                "Conseil départemental des Bouches-du-Rhône",
                List.of(new GrantPlan(Role.FUNDER, 0, Set.of("13")))));
        return new NetworkPlan(MAIN_UNIONS.stream().toList(), MAIN_GROUPS, structures, people);
    }

    static NetworkPlan other() {
        List<UnionPlan> unions = List.of(
                new UnionPlan("UT Métropole lilloise", "59", List.of("Lille", "Roubaix")),
                new UnionPlan("UT Artois", "62", List.of("Arras", "Lens")));
        List<StructurePlan> structures = List.of(
                new StructurePlan(
                        "590000017",
                        "SSIAD de Lille Sud",
                        StructureType.SSIAD,
                        "59",
                        0,
                        0,
                        ProgrammePhase.DEPLOYMENT,
                        "3 rue Nationale, Lille",
                        "03 20 00 00 01"),
                new StructurePlan(
                        "590000025",
                        "Aide et Présence Roubaix",
                        StructureType.SAAD,
                        "59",
                        0,
                        0,
                        ProgrammePhase.DEPLOYMENT,
                        "8 place de la Liberté, Roubaix",
                        "03 20 00 00 02"),
                new StructurePlan(
                        "620000031",
                        "SPASAD d'Arras",
                        StructureType.SPASAD,
                        "62",
                        1,
                        0,
                        ProgrammePhase.PREPARATORY,
                        "12 rue Gambetta, Arras",
                        "03 21 00 00 03"),
                new StructurePlan(
                        "620000049",
                        "Services à la personne Lens",
                        StructureType.SAP,
                        "62",
                        1,
                        0,
                        ProgrammePhase.DEPLOYMENT,
                        "5 rue de Paris, Lens",
                        "03 21 00 00 04"));
        List<PersonPlan> people = List.of(
                new PersonPlan(
                        "admin@autre-reseau.fr",
                        "Bruno",
                        "Lefebvre",
                        "Responsable qualité",
                        "03 20 10 10 10",
                        List.of(GrantPlan.of(Role.NETWORK_ADMIN, 0))),
                new PersonPlan(
                        "pilote@autre-reseau.fr",
                        "Anne",
                        "Dubois",
                        "Pilote UT",
                        "03 20 10 10 11",
                        List.of(GrantPlan.of(Role.PILOT, 0))),
                new PersonPlan(
                        "expert@autre-reseau.fr",
                        "Marc",
                        "Leroy",
                        "Expert-réseau",
                        "03 20 10 10 12",
                        List.of(GrantPlan.of(Role.EXPERT, 0))),
                new PersonPlan(
                        "referent@autre-reseau.fr",
                        "Lucie",
                        "Lemaire",
                        "Référente qualité",
                        "03 20 10 10 13",
                        List.of(GrantPlan.of(Role.REFERENT, 0))),
                new PersonPlan(
                        "ars@autre-reseau.fr",
                        "Paul",
                        "Duval",
                        "ARS Hauts-de-France",
                        "03 20 10 10 14",
                        List.of(new GrantPlan(Role.FUNDER, 0, Set.of("59", "62")))));
        return new NetworkPlan(unions, List.of("Groupe Nord — Lille et Artois"), structures, people);
    }

    /** "de Nice", "d'Arles", "du Cannet": French elision before a vowel. */
    private static String of(String town) {
        return "AEIOUYÉÈH".indexOf(Character.toUpperCase(town.charAt(0))) >= 0 ? "d'" + town : "de " + town;
    }

    private static PersonPlan person(int seed, String email, String jobTitle, List<GrantPlan> grants) {
        return new PersonPlan(
                email,
                FIRST_NAMES[seed % FIRST_NAMES.length],
                LAST_NAMES[(seed * 7 + seed / FIRST_NAMES.length) % LAST_NAMES.length],
                jobTitle,
                String.format(
                        Locale.ROOT,
                        "06 %02d %02d %02d %02d",
                        10 + seed % 80,
                        20 + seed % 70,
                        30 + seed % 60,
                        40 + seed % 50),
                grants);
    }
}
