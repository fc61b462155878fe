package fr.pilotis.administration;

import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.PersonView;

/** A person's identity as the browser posts it; the service checks it as {@link PersonDetails}. */
class PersonForm {

    private String email;
    private String firstName;
    private String lastName;
    private String jobTitle;
    private String phone;

    static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.email = person.email();
        form.firstName = person.firstName();
        form.lastName = person.lastName();
        form.jobTitle = person.jobTitle();
        form.phone = person.phone();
        return form;
    }

    PersonDetails toDetails() {
        return new PersonDetails(email, firstName, lastName, jobTitle, phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
