package org.minutebook.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.minutebook.shared.AuditedEntity;

/** A dated progress note on an action, by its author. */
@Entity
@Table(name = "action_update")
public class ActionUpdate extends AuditedEntity {

    @NotNull
    @Column(name = "action_id")
    private Long actionId;

    @NotNull
    @Column(name = "on_date")
    private LocalDate onDate;

    @NotBlank
    @Column(name = "author_name")
    private String authorName;

    @NotBlank(message = "Say what has happened")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    private ActionStatus newStatus;

    /** The meeting (and its item, "Matters arising and action log") where this progress was reported, or null. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "item_id")
    private Long itemId;

    protected ActionUpdate() {
    }

    public ActionUpdate(Long actionId, LocalDate onDate, String authorName, String text, ActionStatus newStatus) {
        this.actionId = actionId;
        this.onDate = onDate;
        this.authorName = authorName;
        this.text = text;
        this.newStatus = newStatus;
    }

    public Long getActionId() {
        return actionId;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public ActionStatus getNewStatus() {
        return newStatus;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    void reportedAt(Long meetingId, Long itemId) {
        this.meetingId = meetingId;
        this.itemId = itemId;
    }
}
