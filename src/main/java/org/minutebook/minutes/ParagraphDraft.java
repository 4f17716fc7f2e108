package org.minutebook.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a clerk is typing, kept on the server so a dropped connection, a closed tab or a restart loses nothing.
 * Private to that clerk; not a version, not history, never broadcast.
 */
@Entity
@Table(name = "paragraph_draft")
class ParagraphDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    /** Null for a paragraph not saved yet. */
    @Column(name = "paragraph_id")
    private Long paragraphId;

    @Column(nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ParagraphDraft() {
    }

    ParagraphDraft(String username, Long itemId, Long paragraphId) {
        this.username = username;
        this.itemId = itemId;
        this.paragraphId = paragraphId;
    }

    String getText() {
        return text;
    }

    void update(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
