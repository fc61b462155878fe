package fr.pilotis.access;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A person of the programme; those with a password can sign in (email = sign-in name). */
@Entity
class AppUser extends TenantEntity {

    private String email;
    private String firstName;
    private String lastName;
    private String jobTitle;
    private String phone;
    private String passwordHash;
    private boolean enabled = true;

    protected AppUser() {}

    AppUser(PersonDetails details) {
        apply(details);
    }

    void apply(PersonDetails details) {
        this.email = details.email();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.jobTitle = details.jobTitle();
        this.phone = details.phone();
    }

    String getEmail() {
        return email;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getJobTitle() {
        return jobTitle;
    }

    String getPhone() {
        return phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isActivated() {
        return passwordHash != null;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String displayName() {
        return firstName + " " + lastName;
    }
}
