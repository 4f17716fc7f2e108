package org.minutebook.room;

import com.vaadin.flow.component.UI;
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
    /** Typed in this round trip and not kept yet: written at its end, unless a Save in the round trip came first. */
    private String pending;
    /** Whether a draft of this paragraph may be stored (unknown counts as yes), so that a save need not look. */
    private boolean stored = true;

    EditorDraft(ClerkServices s, long itemId, Long paragraphId, String original) {
        this.s = s;
        this.itemId = itemId;
        this.paragraphId = paragraphId;
        this.original = original;
    }

    /** A draft worth offering back: one that says something other than the saved text. */
    Optional<DraftService.Draft> toRestore() {
        var saved = s.drafts().savedDraft(itemId, paragraphId);
        stored = saved.isPresent();
        return saved.filter(d -> !d.text().equals(original));
    }

    /**
     * Keeps what is typed when this round trip's response is written (before the browser hears back, so nothing
     * it was told is kept can be lost): typing and Ctrl+Enter usually arrive together, and then the paragraph
     * itself is saved and the draft would only be written to be deleted.
     */
    void keepAtEndOfRoundTrip(String text) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            keep(text);
            return;
        }
        boolean scheduled = pending != null;
        pending = text;
        if (!scheduled) {
            ui.beforeClientResponse(ui, context -> {
                if (pending != null) {
                    keep(pending);
                }
            });
        }
    }

    /** Keeps what is typed now; typing back to the saved text, or clearing it, needs no draft. */
    void keep(String text) {
        pending = null;
        try {
            if (text.equals(original) || text.isBlank()) {
                discard();
            } else {
                s.drafts().save(itemId, paragraphId, text);
                stored = true;
            }
        } catch (RuntimeException e) {
            ClerkMessages.refused("Your draft could not be kept: " + e.getMessage());
        }
    }

    void discard() {
        pending = null;
        if (stored) {
            s.drafts().discard(itemId, paragraphId);
            stored = false;
        }
    }

    /** The paragraph went (deleted meanwhile): the text becomes a draft of a new paragraph. */
    void becomeNew(String text) {
        discard();
        paragraphId = null;
        stored = true;
        keep(text);
    }
}
