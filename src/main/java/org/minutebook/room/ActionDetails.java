package org.minutebook.room;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.minutebook.actions.DueKind;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.people.Organisation;
import org.minutebook.people.Person;

/**
 * The new-action form's bean: what the clerk fills in before the service records it. Public only because the
 * binder reads its properties by reflection.
 */
public class ActionDetails {

    @NotBlank(message = "Describe the action")
    private String description = "";
    private Person ownerPerson;
    private Organisation ownerOrganisation;
    private DueKind due = DueKind.NONE;
    private LocalDate dueDate;
    private MeetingRecord.Paragraph source;
    private Set<PlanChoices.Choice> links = new LinkedHashSet<>();

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Person getOwnerPerson() {
        return ownerPerson;
    }

    public void setOwnerPerson(Person ownerPerson) {
        this.ownerPerson = ownerPerson;
    }

    public Organisation getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public void setOwnerOrganisation(Organisation ownerOrganisation) {
        this.ownerOrganisation = ownerOrganisation;
    }

    public DueKind getDue() {
        return due;
    }

    public void setDue(DueKind due) {
        this.due = due;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public MeetingRecord.Paragraph getSource() {
        return source;
    }

    public void setSource(MeetingRecord.Paragraph source) {
        this.source = source;
    }

    public Set<PlanChoices.Choice> getLinks() {
        return links;
    }

    public void setLinks(Set<PlanChoices.Choice> links) {
        this.links = new LinkedHashSet<>(links);
    }
}
