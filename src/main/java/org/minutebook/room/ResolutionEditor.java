package org.minutebook.room;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.minutes.ResolutionOutcome;
import org.minutebook.minutes.Vote;
import org.minutebook.numbering.NumberingEngine;
import org.minutebook.people.HouseStyle;
import org.minutebook.people.InvalidField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes a resolution: its opening words (the body's style unless changed), its clauses, its outcome and an
 * optional recorded vote, saved together (a refused vote saves nothing). A conflict is shown, never overwritten.
 */
class ResolutionEditor extends Section {

    private final ClerkServices s;
    private final HouseStyle style;
    private final long itemId;
    private final Runnable finished;
    private final Long paragraphId;
    private long version;
    final H3 heading = new H3();
    final TextField preamble = new TextField("Opening words");
    final ClauseFields clauses;
    final RadioButtonGroup<ResolutionOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final VoteFields vote = new VoteFields();
    final Div reference = new Div();
    final Button save = new Button("Save resolution (Ctrl+Enter)", e -> save());
    final Button cancel = new Button("Cancel", e -> finished());

    ResolutionEditor(ClerkServices s, HouseStyle style, long itemId, MinuteParagraph existing, String number,
                     Runnable finished) {
        this.s = s;
        this.style = style;
        this.itemId = itemId;
        this.finished = finished;
        this.paragraphId = existing == null ? null : existing.getId();
        this.version = existing == null ? 0 : existing.getVersion();
        addClassNames("clerk-editor", "clerk-resolution-editor");
        heading.setText(existing == null ? "New resolution" : "Edit resolution " + (number == null ? "" : number));
        preamble.setWidthFull();
        preamble.setHelperText("The body's style: " + style.resolutionWording());
        preamble.setValue(existing == null || existing.getPreamble() == null ? style.resolutionWording() : existing.getPreamble());
        clauses = new ClauseFields(style.clauseMarks());
        clauses.set(existing == null ? List.of() : existing.getClauses());
        outcome.setItems(ResolutionOutcome.values());
        outcome.setItemLabelGenerator(o -> switch (o) {
            case AGREED -> "Agreed";
            case NOT_AGREED -> "Not agreed";
            case DEFERRED -> "Deferred";
        });
        outcome.setValue(existing == null || existing.getOutcome() == null ? ResolutionOutcome.AGREED : existing.getOutcome());
        vote.set(existing);
        // A recorded vote decides the outcome (the service sets it), so the choice waits until there is no vote.
        vote.recorded.addValueChangeListener(e -> voteDecides(e.getValue()));
        voteDecides(vote.recorded.getValue());
        reference.addClassName("clerk-reference");
        reference.setVisible(false);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(save, cancel);
        buttons.addClassName("clerk-buttons");
        add(heading, preamble, clauses, outcome, vote, reference, buttons);
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        clauses.fields.getFirst().focus();
    }

    void save() {
        clauses.showError(null);
        vote.clearErrors();
        // The body's own words are stored as "none given", so the record follows the house style.
        String opening = preamble.getValue().strip().equals(style.resolutionWording().strip()) ? null : preamble.getValue();
        try {
            if (paragraphId == null) {
                s.minutes().addResolution(itemId, opening, clauses.values(), outcome.getValue(), vote.value());
            } else {
                s.minutes().updateResolution(paragraphId, version, opening, clauses.values(), outcome.getValue(), vote.value());
            }
        } catch (OptimisticLockingFailureException e) {
            conflict();
            return;
        } catch (InvalidField e) {
            showBeside(e);
            return;
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
            return;
        }
        ClerkMessages.done(paragraphId == null ? "Resolution added." : "Resolution saved.");
        finished();
    }

    private void showBeside(InvalidField e) {
        if (e.field().equals("clauses")) {
            clauses.showError(e.getMessage());
            return;
        }
        HasValidation field = vote.fields().get(e.field());
        if (field == null) {
            ClerkMessages.refused(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    private void conflict() {
        MinuteParagraph theirs = s.minutes().paragraph(paragraphId);
        String who = ClerkMessages.who(s, theirs.getUpdatedBy());
        String theirText = theirs.isDeleted() ? "(deleted)" : describe(theirs.getPreamble(), theirs.getClauses());
        new ConflictDialog("this resolution", describe(preamble.getValue(), clauses.values()), theirText, who,
                ClerkMessages.time(theirs.getUpdatedAt()),
                this::finished,
                () -> {
                    version = theirs.getVersion();
                    save();
                },
                () -> {
                    version = theirs.getVersion();
                    reference.removeAll();
                    reference.add(new H3("Saved meanwhile by " + who), new Pre(theirText));
                    reference.setVisible(true);
                }).open();
    }

    /** The resolution as text, marks from the numbering engine, for the two sides of a conflict. */
    private String describe(String opening, List<String> texts) {
        List<String> marks = new NumberingEngine().clauseMarks(style.clauseMarks(), texts.size());
        var sb = new StringBuilder(opening == null ? style.resolutionWording() : opening);
        for (int i = 0; i < texts.size(); i++) {
            sb.append('\n').append(marks.get(i)).append(' ').append(texts.get(i));
        }
        return sb.toString();
    }

    private void voteDecides(boolean decides) {
        outcome.setReadOnly(decides);
        outcome.setHelperText(decides ? "The recorded vote decides the outcome." : null);
    }

    private void finished() {
        finished.run();
    }
}
