package org.minutebook.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
}
