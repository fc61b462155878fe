package fr.pilotis.organisation;

/** Where a structure stands in the programme (slide 22: structures engaged in each phase). */
public enum ProgrammePhase {
    PREPARATORY,
    DEPLOYMENT
}
