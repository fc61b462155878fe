package fr.pilotis.shared.files;

import java.text.Normalizer;

/** A file name safe to store and to send back: no folders, no control characters, 255 characters at most. */
final class FileNames {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "fichier";

    private FileNames() {}

    static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // browsers of old sent the whole path: keep what follows the last separator
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT
                        && c != ':'
                        && c != '"'
                        && c != '<'
                        && c != '>'
                        && c != '|'
                        && c != '?'
                        && c != '*')
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** Cuts a long name in its middle part, so that its extension survives. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        int end = base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())));
        return base.substring(0, end) + extension;
    }
}
