package fr.pilotis.deliverable;

/** The kinds of model document in the toolbox (slide 24). */
public enum DocumentKind {
    PROCEDURE,
    FORM,
    TEMPLATE,
    EXAMPLE,
    PRACTICAL_SHEET
}
