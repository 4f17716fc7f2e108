package org.minutebook.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;
import org.minutebook.shared.AuditedEntity;

/**
 * One meeting of a body. Times are instants, shown in Europe/London; a meeting whose date the record
 * does not give has none (the seeds' meetings), and the pages say so rather than invent one.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

    @NotNull
    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Size(max = 300)
    private String venue;

    @Size(max = 500)
    @Column(name = "online_link")
    private String onlineLink;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agenda_status")
    private AgendaStatus agendaStatus = AgendaStatus.DRAFT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status")
    private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

    /** The number the first item takes: 1, or where a running sequence stands (minute 233). */
    @Min(value = 1, message = "Items are numbered from 1 or more")
    @Column(name = "first_item_number")
    private int firstItemNumber = 1;

    /** The year the municipal year starts in, for numbers like "1/25"; null where not used. */
    @Column(name = "municipal_year")
    private Integer municipalYear;

    /** The item the chair has open; null before the first item or between items. */
    @Column(name = "current_item_id")
    private Long currentItemId;

    protected Meeting() {
    }

    public Meeting(Long bodyId, Instant startsAt) {
        this.bodyId = bodyId;
        this.startsAt = startsAt;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public AgendaStatus getAgendaStatus() {
        return agendaStatus;
    }

    void setAgendaStatus(AgendaStatus agendaStatus) {
        this.agendaStatus = agendaStatus;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    void setMinutesStatus(MinutesStatus minutesStatus) {
        this.minutesStatus = minutesStatus;
    }

    public int getFirstItemNumber() {
        return firstItemNumber;
    }

    public void setFirstItemNumber(int firstItemNumber) {
        this.firstItemNumber = firstItemNumber;
    }

    public Integer getMunicipalYear() {
        return municipalYear;
    }

    public void setMunicipalYear(Integer municipalYear) {
        this.municipalYear = municipalYear;
    }

    public Long getCurrentItemId() {
        return currentItemId;
    }

    void setCurrentItemId(Long currentItemId) {
        this.currentItemId = currentItemId;
    }
}
