package org.minutebook.room;

import java.util.Optional;
import org.minutebook.minutes.DraftService;

/**
 * The clerk's private draft of the paragraph being edited: kept as they type, offered back when the editor opens
 * again, gone once the paragraph is saved. Never a version, never broadcast.
 */
final class EditorDraft {

    private final ClerkServices s;
    private final long itemId;
    private final String original;
    private Long paragraphId;

    EditorDraft(ClerkServices s, long itemId, Long paragraphId, String original) {
        this.s = s;
        this.itemId = itemId;
        this.paragraphId = paragraphId;
        this.original = original;
    }

    /** A draft worth offering back: one that says something other than the saved text. */
    Optional<DraftService.Draft> toRestore() {
        return s.drafts().savedDraft(itemId, paragraphId).filter(d -> !d.text().equals(original));
    }

    /** Keeps what is typed; typing back to the saved text, or clearing it, needs no draft. */
    void keep(String text) {
        try {
            if (text.equals(original) || text.isBlank()) {
                discard();
            } else {
                s.drafts().save(itemId, paragraphId, text);
            }
        } catch (RuntimeException e) {
            ClerkMessages.refused("Your draft could not be kept: " + e.getMessage());
        }
    }

    void discard() {
        s.drafts().discard(itemId, paragraphId);
    }

    /** The paragraph went (deleted meanwhile): the text becomes a draft of a new paragraph. */
    void becomeNew(String text) {
        discard();
        paragraphId = null;
        keep(text);
    }
}
