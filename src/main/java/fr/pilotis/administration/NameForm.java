package fr.pilotis.administration;

/** The one field of a UT or a working group. */
class NameForm {

    private String name;

    NameForm() {}

    NameForm(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
