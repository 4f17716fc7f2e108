package org.minutebook.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Published minutes as they were published: an immutable snapshot of the structured record, once as the public see
 * it and once as the body's insiders see it (exempt content included). No setters: a correction is a new row.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "public_record", nullable = false, updatable = false)
    private String publicRecord;

    @Column(name = "insider_record", nullable = false, updatable = false)
    private String insiderRecord;

    protected MinutesVersion() {
    }

    MinutesVersion(long meetingId, int number, String reason, Instant createdAt, String createdBy, String publicRecord,
                   String insiderRecord) {
        this.meetingId = meetingId;
        this.number = number;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.publicRecord = publicRecord;
        this.insiderRecord = insiderRecord;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    String getPublicRecord() {
        return publicRecord;
    }

    String getInsiderRecord() {
        return insiderRecord;
    }
}
