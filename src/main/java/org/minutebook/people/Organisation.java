package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.AuditedEntity;

/** A council, an NHS body, Healthwatch …: people work for one, actions can be owned by one. */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200)
    private String name;

    /** A shared inbox for the organisation's action reminders; without it they go to its officers (see README). */
    @Size(max = 320)
    @Email(message = "Enter an e-mail address like team@example.org")
    @Column(name = "contact_email")
    private String contactEmail;

    protected Organisation() {
    }

    public Organisation(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    }
}
