package org.minutebook.meeting;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import org.minutebook.shared.UkTime;

/** The meeting form's bean (public only because Binder reads it by reflection): when (UK local time, as the clerk types it), where, and the first item's number. */
public class MeetingDetails {

    private LocalDateTime startsAt;
    @Size(max = 300, message = "Keep the venue under 300 characters")
    private String venue = "";
    @NotNull(message = "Enter the first item's number")
    @Min(value = 1, message = "Items are numbered from 1 or more")
    private Integer firstItemNumber = 1;

    static MeetingDetails of(Meeting meeting) {
        var d = new MeetingDetails();
        d.startsAt = meeting.getStartsAt() == null ? null : meeting.getStartsAt().atZone(UkTime.ZONE).toLocalDateTime();
        d.venue = meeting.getVenue() == null ? "" : meeting.getVenue();
        d.firstItemNumber = meeting.getFirstItemNumber();
        return d;
    }

    /** The typed wall-clock time read in Europe/London, so 10.30 means 10.30 in GMT and in BST alike. */
    Instant startsAtInstant() {
        return startsAt == null ? null : startsAt.atZone(UkTime.ZONE).toInstant();
    }

    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public Integer getFirstItemNumber() { return firstItemNumber; }
    public void setFirstItemNumber(Integer firstItemNumber) { this.firstItemNumber = firstItemNumber; }
}
