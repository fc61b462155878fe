package fr.pilotis.organisation;

import java.util.regex.Pattern;

/** French or international phone numbers as people type them: digits, spaces, dots, dashes, a leading +. */
public final class PhoneNumbers {

    private static final Pattern PLAUSIBLE = Pattern.compile("\\+?[0-9][0-9 .\\-()]{7,20}");

    private PhoneNumbers() {}

    public static boolean isPlausible(String phone) {
        return phone != null && PLAUSIBLE.matcher(phone.strip()).matches();
    }
}
