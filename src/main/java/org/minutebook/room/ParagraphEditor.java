package org.minutebook.room;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.people.InvalidField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes one minute paragraph. What is typed is kept as the clerk's private draft (as it is typed, never broadcast) and
 * offered back when the editor opens again; Save creates the version everyone sees and discards the draft.
 */
class ParagraphEditor extends Section {

    static final String FORMAT_HELP = "Plain sentences. Start a line with \"- \" for a bullet point; indent it two "
            + "spaces for a bullet inside a bullet. A blank line starts a new paragraph of text. Ctrl+Enter saves.";

    private final ClerkServices s;
    private final long itemId;
    private final Runnable finished;
    private Long paragraphId;
    private long version;
    private final String original;
    private final EditorDraft draft;
    final H3 heading = new H3();
    final TextArea text = new TextArea("Paragraph text");
    final Paragraph restored = new Paragraph();
    final Button useSaved = new Button();
    final Div reference = new Div();
    final Button save = new Button("Save (Ctrl+Enter)", e -> save());
    final Button cancel = new Button("Cancel", e -> cancel());

    ParagraphEditor(ClerkServices s, long itemId, MinuteParagraph existing, String number, Runnable finished) {
        this.s = s;
        this.itemId = itemId;
        this.finished = finished;
        this.paragraphId = existing == null ? null : existing.getId();
        this.version = existing == null ? 0 : existing.getVersion();
        this.original = existing == null ? "" : existing.getText();
        this.draft = new EditorDraft(s, itemId, paragraphId, original);
        addClassName("clerk-editor");
        heading.setText(existing == null ? "New paragraph" : "Edit " + (number == null ? "paragraph" : number));
        text.setHelperText(FORMAT_HELP);
        text.setWidthFull();
        text.setMinRows(4);
        text.setValue(original);
        // Eager, not debounced: with a debounce a Save (or Ctrl+Enter) straight after typing reached the server
        // before the last words did. The draft follows each round trip's text; one small write for one clerk is cheap.
        text.setValueChangeMode(ValueChangeMode.EAGER);
        restored.addClassName("draft-note");
        restored.getElement().setAttribute("role", "status");
        restored.setVisible(false);
        useSaved.setText(existing == null ? "Discard it and start afresh" : "Use the saved text instead");
        useSaved.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        useSaved.addClickListener(e -> {
            text.setValue(original);
            draft.discard();
            restored.setVisible(false);
        });
        restored.add(useSaved);
        reference.addClassName("clerk-reference");
        reference.setVisible(false);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(save, cancel);
        buttons.addClassName("clerk-buttons");
        add(heading, restored, text, reference, buttons);
        restoreDraft();
        text.addValueChangeListener(e -> draft.keepAtEndOfRoundTrip(text.getValue()));
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        text.focus();
    }

    private void restoreDraft() {
        draft.toRestore().ifPresent(d -> {
            text.setValue(d.text());
            restored.getElement().setText("Restored your unsaved text from " + ClerkMessages.time(d.savedAt()) + ". ");
            restored.add(useSaved);
            restored.setVisible(true);
        });
    }

    /** Keeps what is typed as the clerk's draft (also when the console moves to another item). */
    void keepDraft() {
        draft.keep(text.getValue());
    }

    void save() {
        String mine = text.getValue();
        try {
            if (paragraphId == null) {
                s.minutes().addParagraph(itemId, mine);
            } else {
                s.minutes().updateParagraph(paragraphId, version, mine);
            }
        } catch (OptimisticLockingFailureException e) {
            conflict(mine);
            return;
        } catch (InvalidField e) {
            text.setErrorMessage(e.getMessage());
            text.setInvalid(true);
            return;
        } catch (IllegalStateException e) {
            if (paragraphId != null && s.minutes().paragraph(paragraphId).isDeleted()) {
                deletedMeanwhile();
            } else {
                ClerkMessages.refused(e.getMessage());
            }
            return;
        } catch (IllegalArgumentException | AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
            return;
        }
        draft.discard();
        ClerkMessages.done(paragraphId == null ? "Paragraph added." : "Paragraph saved.");
        finished.run();
    }

    private void conflict(String mine) {
        MinuteParagraph theirs = s.minutes().paragraph(paragraphId);
        if (theirs.isDeleted()) {
            deletedMeanwhile();
            return;
        }
        String who = ClerkMessages.who(s, theirs.getUpdatedBy());
        new ConflictDialog("this paragraph", mine, theirs.getText(), who, ClerkMessages.time(theirs.getUpdatedAt()),
                () -> {
                    draft.discard();
                    ClerkMessages.done("The text saved meanwhile stays.");
                    finished.run();
                },
                () -> {
                    version = theirs.getVersion();
                    save();
                },
                () -> {
                    version = theirs.getVersion();
                    reference.removeAll();
                    reference.add(new H3("Saved meanwhile by " + who), new Pre(theirs.getText()));
                    reference.setVisible(true);
                    text.focus();
                }).open();
    }

    private void deletedMeanwhile() {
        ClerkMessages.confirm("This paragraph was deleted meanwhile",
                "Someone deleted it while you were editing it. Your text is still here.",
                "Add mine as a new paragraph", "Discard mine", () -> {
                    draft.becomeNew(text.getValue());
                    paragraphId = null;
                    version = 0;
                    save();
                }, this::discard);
    }

    private void cancel() {
        if (text.getValue().equals(original)) {
            discard();
        } else {
            ClerkMessages.confirm("Discard your unsaved text?", "What you typed here will be lost.", "Discard",
                    "Keep writing", this::discard, () -> text.focus());
        }
    }

    private void discard() {
        draft.discard();
        finished.run();
    }
}
