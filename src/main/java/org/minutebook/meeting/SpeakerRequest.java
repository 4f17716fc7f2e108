package org.minutebook.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.minutebook.shared.AuditedEntity;

/** A request to speak: a member from their own device, or a non-member the chair allows to address the meeting. */
@Entity
@Table(name = "speaker_request")
public class SpeakerRequest extends AuditedEntity {

    public enum Status {
        WAITING, SPEAKING, DONE, REMOVED
    }

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "item_id")
    private Long itemId;

    /** Null for a non-member added by name. */
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.WAITING;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected SpeakerRequest() {
    }

    SpeakerRequest(Long meetingId, Long itemId, Long personId, String name, Instant requestedAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.personId = personId;
        this.name = name;
        this.requestedAt = requestedAt;
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

    public String getName() {
        return name;
    }

    public Status getStatus() {
        return status;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
