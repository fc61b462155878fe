package fr.pilotis.shared;

/**
 * Answered as 404 with a page that says nothing of the data: used both for ids that do not exist
 * and for ids outside the caller's network or scope, so that nobody learns that they exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
