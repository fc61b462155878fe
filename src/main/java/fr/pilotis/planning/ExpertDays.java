package fr.pilotis.planning;

import java.math.BigDecimal;

/**
 * The default expert-days budget of a group for a year (slide 11): 4 days in 2015 (the preparatory
 * phase), 12 in 2016 and 12 in 2017. Other years default to 12, the deployment phase's level, which
 * is what a group needs for three to four themes a year; a pilot or admin sets another value per
 * group and year.
 */
public final class ExpertDays {

    private ExpertDays() {}

    public static BigDecimal defaultFor(int year) {
        return year == 2015 ? BigDecimal.valueOf(4) : BigDecimal.valueOf(12);
    }
}
