package org.minutebook.actions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.minutebook.shared.AuditedEntity;

/**
 * Something a person or an organisation undertook to do at a meeting, traced to the minute it came from
 * and linked to the plan it serves. Owner and due date stay empty where the record does not give them.
 */
@Entity
@Table(name = "action")
public class Action extends AuditedEntity {

    @NotNull
    @Column(name = "body_id")
    private Long bodyId;

    @NotBlank(message = "Describe the action")
    private String description;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind")
    private DueKind dueKind = DueKind.NONE;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The record's own words for when, e.g. "at the end of July", kept beside any date. */
    @Size(max = 200, message = "Keep the words for when under 200 characters")
    @Column(name = "due_text")
    private String dueText;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "source_meeting_id")
    private Long sourceMeetingId;

    @Column(name = "source_item_id")
    private Long sourceItemId;

    @Column(name = "source_paragraph_id")
    private Long sourceParagraphId;

    @ElementCollection
    @CollectionTable(name = "action_plan_link", joinColumns = @JoinColumn(name = "action_id"))
    private Set<PlanLink> planLinks = new LinkedHashSet<>();

    protected Action() {
    }

    public Action(Long bodyId, String description) {
        this.bodyId = bodyId;
        this.description = description;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    /** An owner is a person or an organisation, not both. */
    public void setOwner(Long personId, Long organisationId) {
        if (personId != null && organisationId != null) {
            throw new IllegalArgumentException("An action is owned by a person or an organisation, not both");
        }
        this.ownerPersonId = personId;
        this.ownerOrganisationId = organisationId;
    }

    public DueKind getDueKind() {
        return dueKind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDueText() {
        return dueText;
    }

    public void setDue(DueKind kind, LocalDate date, String text) {
        if (kind == DueKind.DATE && date == null) {
            throw new IllegalArgumentException("Give the due date");
        }
        this.dueKind = kind;
        this.dueDate = kind == DueKind.DATE ? date : null;
        this.dueText = text;
    }

    public ActionStatus getStatus() {
        return status;
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Long getSourceMeetingId() {
        return sourceMeetingId;
    }

    public Long getSourceItemId() {
        return sourceItemId;
    }

    public Long getSourceParagraphId() {
        return sourceParagraphId;
    }

    public void setSource(Long meetingId, Long itemId, Long paragraphId) {
        this.sourceMeetingId = meetingId;
        this.sourceItemId = itemId;
        this.sourceParagraphId = paragraphId;
    }

    public Set<PlanLink> getPlanLinks() {
        return planLinks;
    }
}
