package org.minutebook.minutes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.minutebook.people.InvalidField;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * On a meeting with a "Minutes of the previous meeting" item: the earlier minutes awaiting approval. The chair puts
 * them to the meeting, then — once agreed as a correct record, with any corrections written as "subject to …" —
 * signs them off; the approving meeting's own minutes then record it under that item.
 */
public class PreviousMinutesPanel extends Section {

    final Paragraph feedback = new Paragraph();

    public PreviousMinutesPanel(MinutesLifecycleService lifecycle, Viewer viewer, List<MinutesLifecycleService.PendingApproval> pending,
                                long bodyId, Consumer<String> changed) {
        addClassName("previous-minutes");
        setId("previous-minutes");
        feedback.getElement().setAttribute("role", "status");
        feedback.addClassName("lifecycle-feedback");
        add(new H2("Minutes of the previous meeting"), feedback);
        boolean signer = AccessPolicy.canSignMinutes(viewer, bodyId);
        for (MinutesLifecycleService.PendingApproval p : pending) {
            var box = new Div();
            box.addClassName("pending-approval");
            var link = new Anchor("meetings/" + p.minutesMeetingId(), "the meeting held on " + p.when());
            link.getElement().setAttribute("router-link", true);
            var line = new Paragraph("Draft minutes of ");
            line.add(link);
            line.add(p.putHere() ? " — put for approval at this meeting." : " — awaiting approval.");
            box.add(line);
            if (p.suggestionsPending()) {
                var waiting = new Paragraph("Suggested corrections still await the clerk's answer.");
                waiting.addClassName("muted");
                box.add(waiting);
            }
            if (signer && !p.putHere()) {
                var put = new Button("Put for approval", e -> {
                    try {
                        lifecycle.putForApproval(p.minutesMeetingId(), p.itemId());
                        changed.accept("The minutes of " + p.when() + " are put for approval.");
                    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                        feedback.setText(ex.getMessage());
                    }
                });
                box.add(put);
            }
            if (signer && p.putHere()) {
                var subjectTo = new TextArea("Subject to (corrections agreed at the meeting, if any)");
                subjectTo.setWidthFull();
                subjectTo.setHelperText("Leave empty if the minutes were agreed without correction.");
                var sign = new Button("Agreed as a correct record — sign off", e -> {
                    try {
                        lifecycle.signOff(p.minutesMeetingId(), subjectTo.getValue());
                        changed.accept("The minutes of " + p.when() + " were agreed as a correct record and signed off.");
                    } catch (InvalidField f) {
                        subjectTo.setInvalid(true);
                        subjectTo.setErrorMessage(f.getMessage());
                    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                        feedback.setText(ex.getMessage());
                    }
                });
                sign.addThemeVariants(ButtonVariant.PRIMARY);
                box.add(subjectTo, sign);
            }
            add(box);
        }
    }

    /** Says what the user's last click did. */
    public void say(String text) {
        feedback.setText(text);
    }
}
