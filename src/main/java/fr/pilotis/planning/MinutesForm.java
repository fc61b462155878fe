package fr.pilotis.planning;

/** The minutes form: the Markdown text, saved as draft or published. */
class MinutesForm {

    private String minutes;

    private boolean publish;

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
