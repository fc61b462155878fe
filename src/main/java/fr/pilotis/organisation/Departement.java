package fr.pilotis.organisation;

import java.util.regex.Pattern;

/** French département codes and the FINESS rule that ties a structure's number to its département. */
public final class Departement {

    private static final Pattern CODE = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])");
    private static final Pattern FINESS = Pattern.compile("([0-9]{2}|2A|2B)[0-9]{7}");

    private Departement() {}

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches() && !"20".equals(code);
    }

    /** Upper-cases and trims what a person typed ("2a " → "2A"). */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormedFiness(String finess) {
        return finess != null && FINESS.matcher(finess).matches();
    }

    /** A FINESS number begins with the first two characters of its département (97 overseas). */
    public static boolean finessMatches(String finess, String departement) {
        return isWellFormedFiness(finess)
                && isValidCode(departement)
                && finess.substring(0, 2).equals(departement.substring(0, 2));
    }
}
