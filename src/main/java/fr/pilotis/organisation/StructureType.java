package fr.pilotis.organisation;

/** The four kinds of home-care service the module targets. */
public enum StructureType {
    SSIAD,
    SAAD,
    SPASAD,
    SAP
}
