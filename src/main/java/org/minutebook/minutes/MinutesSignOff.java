package org.minutebook.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Who moved a meeting's minutes on, and when: the early draft, putting them for approval (at which item of which
 * meeting), the chair's sign-off with any "subject to" corrections, publication. Written once per step, never undone.
 */
@Entity
@Table(name = "minutes_sign_off")
public class MinutesSignOff {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Version
    private long version;

    @Column(name = "draft_published_at")
    private Instant draftPublishedAt;
    @Column(name = "draft_published_by")
    private String draftPublishedBy;

    @Column(name = "put_item_id")
    private Long putItemId;
    @Column(name = "put_at")
    private Instant putAt;
    @Column(name = "put_by")
    private String putBy;

    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approving_item_id")
    private Long approvingItemId;
    @Column(name = "approval_note")
    private String approvalNote;

    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;

    protected MinutesSignOff() {
    }

    MinutesSignOff(long meetingId) {
        this.meetingId = meetingId;
    }

    void draftPublished(Instant at, String by) {
        draftPublishedAt = at;
        draftPublishedBy = by;
    }

    void put(long itemId, Instant at, String by) {
        putItemId = itemId;
        putAt = at;
        putBy = by;
    }

    void approved(Instant at, String by, Long itemId, String note) {
        approvedAt = at;
        approvedBy = by;
        approvingItemId = itemId;
        approvalNote = note;
    }

    void published(Instant at, String by) {
        publishedAt = at;
        publishedBy = by;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Instant getDraftPublishedAt() {
        return draftPublishedAt;
    }

    public String getDraftPublishedBy() {
        return draftPublishedBy;
    }

    public Long getPutItemId() {
        return putItemId;
    }

    public Instant getPutAt() {
        return putAt;
    }

    public String getPutBy() {
        return putBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Long getApprovingItemId() {
        return approvingItemId;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
