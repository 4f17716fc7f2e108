package org.minutebook.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every saved change to a paragraph: who, when, before and after. Append-only. */
@Entity
@Table(name = "paragraph_history")
public class ParagraphHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "paragraph_id", nullable = false)
    private Long paragraphId;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String change;

    @Column(name = "before_text")
    private String beforeText;

    @Column(name = "after_text")
    private String afterText;

    protected ParagraphHistory() {
    }

    ParagraphHistory(Long paragraphId, String changedBy, Instant changedAt, String change, String beforeText, String afterText) {
        this.paragraphId = paragraphId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.change = change;
        this.beforeText = beforeText;
        this.afterText = afterText;
    }

    public Long getId() {
        return id;
    }

    public Long getParagraphId() {
        return paragraphId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChange() {
        return change;
    }

    public String getBeforeText() {
        return beforeText;
    }

    public String getAfterText() {
        return afterText;
    }
}
