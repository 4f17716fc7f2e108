package org.minutebook.minutes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.minutebook.people.InvalidField;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The minutes' lifecycle on a closed meeting's page: where they stand and who moved them on, and the buttons each
 * role has — the clerk publishes the draft early, answers suggested corrections, publishes the approved minutes and
 * corrects published ones (a new version); members suggest corrections and see the answers. The services check every
 * click again; this only leaves out what the viewer could not do anyway.
 */
public class MinutesLifecyclePanel extends Section {

    private final MinutesLifecycleService lifecycle;
    private final MinutesService minutes;
    private final long meetingId;
    private final Consumer<String> changed;
    final Paragraph feedback = new Paragraph();

    public MinutesLifecyclePanel(MinutesLifecycleService lifecycle, MinutesService minutes, Viewer viewer, long meetingId,
                                 Consumer<String> changed) {
        this.lifecycle = lifecycle;
        this.minutes = minutes;
        this.meetingId = meetingId;
        this.changed = changed;
        addClassName("minutes-lifecycle");
        setId("minutes-lifecycle");
        feedback.addClassName("lifecycle-feedback");
        feedback.getElement().setAttribute("role", "status");
        var o = lifecycle.overview(meetingId);
        var heading = new H2("The minutes after the meeting");
        add(heading, feedback);
        add(stateLines(o));
        boolean clerk = AccessPolicy.canPublishMinutes(viewer, o.bodyId());
        boolean draft = o.lifecycle().isDraft();
        var actions = new Div();
        actions.addClassName("lifecycle-actions");
        if (clerk && o.lifecycle().allows(MinutesStep.PUBLISH_DRAFT)) {
            actions.add(confirmed("Publish draft early", "Publish the draft to everyone, marked \"Draft — subject to approval\"?",
                    "Publish draft", () -> lifecycle.publishDraft(meetingId), "Draft minutes published."));
        }
        if (clerk && o.lifecycle().allows(MinutesStep.PUBLISH)) {
            actions.add(confirmed("Publish minutes", "Publish the approved minutes to everyone? They will not change in place again.",
                    "Publish", () -> minutes.publish(meetingId), "Minutes published."));
        }
        if (draft && AccessPolicy.canSuggestCorrection(viewer, o.bodyId()) && !clerk) {
            actions.add(paragraphForm("Suggest a correction", "Proposed text", "Why it should change", "Send suggestion",
                    (p, text, reason) -> lifecycle.suggestCorrection(p.id(), text, reason),
                    "Suggestion sent to the clerk.", "proposedText"));
        }
        if (clerk && o.lifecycle().allows(MinutesStep.CORRECT_PUBLISHED)) {
            actions.add(paragraphForm("Correct published minutes", "Corrected text", "Reason for the correction",
                    "Publish corrected version", (p, text, reason) -> lifecycle.correctPublished(p.id(), p.version(), text, reason),
                    "Corrected minutes published as a new version.", "text"));
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        List<MinutesLifecycleService.Suggestion> suggestions = lifecycle.suggestions(meetingId);
        if (!suggestions.isEmpty()) {
            add(new H3(clerk ? "Suggested corrections" : "Your suggested corrections"));
            var list = new UnorderedList();
            list.addClassName("suggestions");
            suggestions.forEach(s -> list.add(suggestion(s, clerk && draft)));
            add(list);
        }
    }

    private Component stateLines(MinutesLifecycleService.Overview o) {
        var lines = new Div();
        lines.addClassName("lifecycle-state");
        switch (o.status()) {
            case DRAFT -> lines.add(new Paragraph("The minutes are a draft: the clerk is writing them up and members of "
                    + "the body may suggest corrections. The public cannot see them yet."));
            case DRAFT_PUBLISHED -> lines.add(new Paragraph("The draft has been published"
                    + by(o.draftPublishedBy(), o.draftPublishedAt()) + ", marked \"Draft — subject to approval\"."));
            case APPROVED -> lines.add(new Paragraph("Approved, not yet published."));
            case PUBLISHED -> { }
        }
        if (o.putAt() != null && o.lifecycle().isDraft()) {
            var put = new Paragraph("Put for approval" + by(o.putBy(), o.putAt()) + ". ");
            if (o.putAtMeetingId() != null) {
                var link = new Anchor("meetings/" + o.putAtMeetingId(), "Go to the approving meeting");
                link.getElement().setAttribute("router-link", true);
                put.add(link);
            }
            lines.add(put);
        }
        if (o.approvedAt() != null) {
            var signed = new Paragraph("Agreed as a correct record" + (o.approvalNote() == null ? "" : ", subject to " + o.approvalNote())
                    + "; signed off by " + o.approvedBy() + " on " + UkTime.dateTime(o.approvedAt(), "") + ".");
            signed.addClassName("sign-off");
            lines.add(signed);
        }
        if (o.publishedAt() != null) {
            lines.add(new Paragraph("Published" + by(o.publishedBy(), o.publishedAt()) + "."));
        }
        if (!o.versions().isEmpty()) {
            var versions = new UnorderedList();
            versions.addClassName("minutes-versions");
            for (MinutesVersionSummary v : o.versions()) {
                String what = v.reason() == null ? "published on " + UkTime.date(v.createdAt(), "")
                        : "corrected on " + UkTime.date(v.createdAt(), "") + ": " + v.reason();
                // The public page of a version serves signed-in readers too (with exempt content for insiders).
                var link = new Anchor("/public/meetings/" + o.meetingId() + "/minutes/versions/" + v.number(), "Version " + v.number());
                versions.add(new ListItem(link, new com.vaadin.flow.component.html.Span(", " + what
                        + (v == o.versions().getLast() ? " (current)" : ""))));
            }
            lines.add(versions);
        }
        return lines;
    }

    private static String by(String who, java.time.Instant at) {
        return (who == null ? "" : " by " + who) + (at == null ? "" : " on " + UkTime.dateTime(at, ""));
    }

    private Component suggestion(MinutesLifecycleService.Suggestion s, boolean answerable) {
        var item = new ListItem();
        item.addClassName("suggestion");
        var head = new Paragraph((s.paragraphNumber() == null ? "A paragraph" : "Paragraph " + s.paragraphNumber())
                + " — " + s.suggestedBy() + ", " + UkTime.dateTime(s.suggestedAt(), "") + " — " + s.status().label());
        head.addClassName("suggestion-head");
        var text = new Paragraph("Proposed: " + s.proposedText());
        text.addClassName("suggestion-text");
        var reason = new Paragraph("Reason: " + s.reason());
        item.add(head, text, reason);
        if (s.status() != CorrectionStatus.PENDING) {
            var outcome = new Paragraph(s.status().label() + " by " + s.decidedBy()
                    + (s.decisionReason() == null ? "" : ": " + s.decisionReason()));
            outcome.addClassName("suggestion-outcome");
            item.add(outcome);
        } else if (answerable) {
            var accept = new Button("Accept", e -> act(() -> lifecycle.accept(s.id()), "Suggestion accepted: the paragraph now reads as proposed."));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            var why = new TextArea("Reason for rejecting");
            why.setVisible(false);
            why.setWidthFull();
            var confirmReject = new Button("Reject suggestion");
            confirmReject.setVisible(false);
            confirmReject.addClickListener(e -> {
                try {
                    lifecycle.reject(s.id(), why.getValue());
                    done("Suggestion rejected.");
                } catch (InvalidField f) {
                    why.setInvalid(true);
                    why.setErrorMessage(f.getMessage());
                } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                    feedback.setText(ex.getMessage());
                }
            });
            var reject = new Button("Reject…", e -> {
                why.setVisible(true);
                confirmReject.setVisible(true);
                why.focus();
            });
            var buttons = new Div(accept, reject);
            buttons.addClassName("suggestion-buttons");
            item.add(buttons, why, confirmReject);
        }
        return item;
    }

    /** A button that first asks, in place (no overlay), and then runs the step. */
    private Component confirmed(String label, String question, String confirmLabel, Runnable step, String doneText) {
        var box = new Div();
        var ask = new Paragraph(question);
        var yes = new Button(confirmLabel, e -> act(step, doneText));
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        var no = new Button("Cancel");
        var confirm = new Div(ask, yes, no);
        confirm.addClassName("lifecycle-confirm");
        confirm.setVisible(false);
        var open = new Button(label, e -> confirm.setVisible(true));
        no.addClickListener(e -> confirm.setVisible(false));
        box.add(open, confirm);
        return box;
    }

    interface ParagraphStep {
        void apply(MinutesLifecycleService.CorrectableParagraph paragraph, String text, String reason);
    }

    /** Choose a paragraph, write its new text and a reason: a member's suggestion, or the clerk's later correction. */
    private Component paragraphForm(String label, String textLabel, String reasonLabel, String submitLabel, ParagraphStep step,
                                    String doneText, String textField) {
        var box = new Div();
        box.addClassName("paragraph-form");
        var form = new Div();
        form.setVisible(false);
        var paragraph = new Select<MinutesLifecycleService.CorrectableParagraph>();
        paragraph.setLabel("Paragraph");
        paragraph.setItemLabelGenerator(MinutesLifecycleService.CorrectableParagraph::label);
        paragraph.setWidthFull();
        var text = new TextArea(textLabel);
        text.setWidthFull();
        var reason = new TextArea(reasonLabel);
        reason.setWidthFull();
        paragraph.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(e.getValue().text());
            }
        });
        var submit = new Button(submitLabel, e -> {
            paragraph.setInvalid(false);
            text.setInvalid(false);
            reason.setInvalid(false);
            if (paragraph.getValue() == null) {
                paragraph.setInvalid(true);
                paragraph.setErrorMessage("Choose the paragraph");
                return;
            }
            try {
                step.apply(paragraph.getValue(), text.getValue(), reason.getValue());
                done(doneText);
            } catch (InvalidField f) {
                var field = f.field().equals(textField) ? text : f.field().equals("paragraph") ? null : reason;
                if (field == null) {
                    paragraph.setInvalid(true);
                    paragraph.setErrorMessage(f.getMessage());
                } else {
                    field.setInvalid(true);
                    field.setErrorMessage(f.getMessage());
                }
            } catch (OptimisticLockingFailureException ex) {
                changed.accept("The paragraph changed meanwhile; it is shown as it now stands.");
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                feedback.setText(ex.getMessage());
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(paragraph, text, reason, submit);
        var open = new Button(label, e -> {
            paragraph.setItems(lifecycle.correctableParagraphs(meetingId));
            form.setVisible(true);
            paragraph.focus();
        });
        box.add(open, form);
        return box;
    }

    private void act(Runnable step, String doneText) {
        try {
            step.run();
            done(doneText);
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            feedback.setText(e.getMessage());
        }
    }

    /** The page is rebuilt from the services; the new panel says what happened. */
    private void done(String text) {
        changed.accept(text);
    }
}
