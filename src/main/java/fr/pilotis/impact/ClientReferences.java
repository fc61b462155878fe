package fr.pilotis.impact;

import java.util.regex.Pattern;

/**
 * The register keeps a pseudonymous client reference, never a name. An email is refused outright;
 * a text that looks like a first name and a surname (two or more capitalised words, e.g. « Jeanne
 * Martin », « M. Dupont ») is a warning the referent must confirm.
 */
final class ClientReferences {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+\\.?");
    private static final Pattern CIVILITY =
            Pattern.compile("(?iu)^(m|mr|mme|mlle|monsieur|madame|mademoiselle)\\.?\\s+\\p{L}.*");

    private ClientReferences() {}

    static boolean looksLikeEmail(String reference) {
        return reference != null
                && (reference.contains("@") || EMAIL.matcher(reference).find());
    }

    static boolean looksLikeName(String reference) {
        if (reference == null) {
            return false;
        }
        String text = reference.strip();
        if (CIVILITY.matcher(text).matches()) {
            return true;
        }
        String[] words = text.split("\\s+");
        int capitalised = 0;
        for (String word : words) {
            if (CAPITALISED_WORD.matcher(word).matches()) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }
}
