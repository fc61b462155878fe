package fr.pilotis.impact;

/**
 * What a complaint is about. A fixed list drawn from the themes of the référentiel (reception,
 * contract, planning, delivery, follow-up) plus billing, staff behaviour and safety, so that
 * registers of different structures can be compared.
 */
public enum ComplaintCategory {
    RECEPTION_INFORMATION,
    CONTRACT_BILLING,
    SCHEDULE_PUNCTUALITY,
    CONTINUITY_REPLACEMENT,
    QUALITY_OF_CARE,
    STAFF_BEHAVIOUR,
    SAFETY_PROPERTY,
    OTHER
}
