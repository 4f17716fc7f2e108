package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.minutebook.people.Body;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.security.access.AccessDeniedException;

/** Where everyone lands after signing in: the meetings of each body they have a place on (every body for an admin). */
@Route("meetings")
@PageTitle("Meetings — Minutebook")
@Menu(title = "Meetings", order = 1)
@PermitAll
public class MeetingsView extends Main {

    private final MeetingService meetings;
    private final CurrentViewer currentViewer;

    MeetingsView(MeetingService meetings, CurrentViewer currentViewer) {
        this.meetings = meetings;
        this.currentViewer = currentViewer;
        addClassNames("view", "meetings-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1("Meetings"));
        Viewer viewer = currentViewer.get();
        var bodies = meetings.bodiesOfViewer();
        if (bodies.isEmpty()) {
            add(new Paragraph("You have no place on a board or committee yet, so there are no meetings to show here. "
                    + "Published agendas and minutes are on the public site."));
        }
        for (Body body : bodies) {
            var panel = new BodyMeetingsPanel(body, meetings.meetingsOf(body.getId()), meetings::isUpcoming,
                    AccessPolicy.canEditAgenda(viewer, body.getId()));
            panel.schedule.addClickListener(e -> openScheduleDialog(body));
            add(panel);
        }
    }

    private void openScheduleDialog(Body body) {
        var dialog = new Dialog();
        // A short title: body names are long, and on a phone the header would fill the screen.
        dialog.setHeaderTitle("Schedule a meeting");
        dialog.getElement().setAttribute("aria-label", "Schedule a meeting of the " + body.getName());
        var of = new Paragraph(body.getName());
        of.addClassName("dialog-lead");
        var form = new MeetingDetailsForm("Schedule", true);
        form.edit(new MeetingDetails());
        form.addSaveListener(e -> {
            try {
                Meeting m = meetings.schedule(body.getId(), e.details.startsAtInstant(), e.details.getVenue(),
                        e.details.getFirstItemNumber());
                dialog.close();
                Messages.done("Meeting scheduled for " + UkTime.dateTime(m.getStartsAt(), "an unrecorded date")
                        + ". Its draft agenda starts from the standard items.");
                render();
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                form.showError(ex.getMessage());
            }
        });
        dialog.add(of, form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }
}
