package fr.pilotis.diagnostic;

/** The expert's note of the points the structure must complete before submitting again. */
class ReturnForm {

    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
