package org.minutebook.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.minutebook.shared.AuditedEntity;

/** A member's declared interest, at the start of the meeting or on an item. */
@Entity
@Table(name = "declaration_of_interest")
public class DeclarationOfInterest extends AuditedEntity {

    public enum Kind {
        PERSONAL, PREJUDICIAL, DISCLOSABLE_PECUNIARY
    }

    @NotNull
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "item_id")
    private Long itemId;

    @NotNull
    @Column(name = "person_id")
    private Long personId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;

    protected DeclarationOfInterest() {
    }

    public DeclarationOfInterest(Long meetingId, Long itemId, Long personId, Kind kind, String text) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.personId = personId;
        this.kind = kind;
        this.text = text;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
