package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.AuditedEntity;

/** Someone named in the record: a member, an officer, a guest. Job title and organisation only as known. */
@Entity
@jakarta.persistence.EntityListeners(AccessVersion.class)
@Table(name = "person")
public class Person extends AuditedEntity {

    @NotBlank(message = "Enter the person's name")
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "organisation_id")
    private Long organisationId;

    /** Where action reminders go; none is sent without it. */
    @Size(max = 320)
    @Email(message = "Enter an e-mail address like name@example.org")
    private String email;

    protected Person() {
    }

    public Person(String name, String jobTitle, Long organisationId) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.organisationId = organisationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }
}
