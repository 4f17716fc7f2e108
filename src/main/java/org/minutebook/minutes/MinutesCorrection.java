package org.minutebook.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's suggested correction to one paragraph of draft minutes: the text they propose, why, and the answer. */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "paragraph_id", nullable = false)
    private Long paragraphId;

    @Column(name = "proposed_text", nullable = false)
    private String proposedText;

    @Column(nullable = false)
    private String reason;

    @Column(name = "suggested_by", nullable = false)
    private String suggestedBy;

    @Column(name = "suggested_by_username", nullable = false)
    private String suggestedByUsername;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CorrectionStatus status = CorrectionStatus.PENDING;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected MinutesCorrection() {
    }

    MinutesCorrection(long meetingId, long paragraphId, String proposedText, String reason, String suggestedBy,
                      String suggestedByUsername, Instant at) {
        this.suggestedByUsername = suggestedByUsername;
        this.meetingId = meetingId;
        this.paragraphId = paragraphId;
        this.proposedText = proposedText;
        this.reason = reason;
        this.suggestedBy = suggestedBy;
        this.suggestedAt = at;
    }

    void decide(CorrectionStatus outcome, String by, Instant at, String why) {
        if (status != CorrectionStatus.PENDING) {
            throw new MinutesRefusal(MinutesRefusal.Reason.ALREADY_DECIDED);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        decisionReason = why;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getParagraphId() {
        return paragraphId;
    }

    public String getProposedText() {
        return proposedText;
    }

    public String getReason() {
        return reason;
    }

    public String getSuggestedBy() {
        return suggestedBy;
    }

    String getSuggestedByUsername() {
        return suggestedByUsername;
    }

    public Instant getSuggestedAt() {
        return suggestedAt;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
