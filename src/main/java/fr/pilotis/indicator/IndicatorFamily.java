package fr.pilotis.indicator;

/** The families of slides 22–23 and the four axes of ANAP's performance dashboard (seed 001). */
public enum IndicatorFamily {
    REALISATION,
    EFFECTIVITE,
    IMPACT,
    ANAP_PRESTATIONS,
    ANAP_RESSOURCES,
    ANAP_FINANCES,
    ANAP_OBJECTIFS
}
