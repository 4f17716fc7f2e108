package org.minutebook.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.minutebook.shared.AuditedEntity;

/** Who was at a meeting and how: present, apologies, absent, substitute for whom, also in attendance. */
@Entity
@Table(name = "attendance")
public class Attendance extends AuditedEntity {

    @NotNull
    @Column(name = "meeting_id")
    private Long meetingId;

    @NotNull
    @Column(name = "person_id")
    private Long personId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AttendanceKind kind;

    @Column(name = "substitute_for_person_id")
    private Long substituteForPersonId;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Long personId, AttendanceKind kind) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.kind = kind;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public AttendanceKind getKind() {
        return kind;
    }

    public void setKind(AttendanceKind kind) {
        this.kind = kind;
    }

    public Long getSubstituteForPersonId() {
        return substituteForPersonId;
    }

    public void setSubstituteForPersonId(Long substituteForPersonId) {
        this.substituteForPersonId = substituteForPersonId;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(Instant arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public void setLeftAt(Instant leftAt) {
        this.leftAt = leftAt;
    }
}
