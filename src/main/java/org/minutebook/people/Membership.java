package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.minutebook.shared.AuditedEntity;

/** A person's seat on a body, from–to (open-ended where the record gives no dates). */
@Entity
@jakarta.persistence.EntityListeners(AccessVersion.class)
@Table(name = "membership")
public class Membership extends AuditedEntity {

    @NotNull
    @Column(name = "person_id")
    private Long personId;

    @NotNull
    @Column(name = "body_id")
    private Long bodyId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Membership() {
    }

    public Membership(Long personId, Long bodyId, MembershipRole role) {
        this.personId = personId;
        this.bodyId = bodyId;
        this.role = role;
    }

    /** Current on the given day: started (or no start recorded) and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
