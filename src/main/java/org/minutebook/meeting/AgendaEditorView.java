package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.CurrentViewer;
import org.minutebook.shared.UkTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The clerk's agenda editor: the meeting's details, its numbered items, and publishing the agenda. */
@Route("meetings/:meetingId/agenda")
@PageTitle("Edit agenda — Minutebook")
@RolesAllowed({"CLERK", "ADMIN"})
public class AgendaEditorView extends Main implements BeforeEnterObserver {

    private final MeetingService meetings;
    private final PeopleService people;
    private final PaperService papers;
    private final CurrentViewer viewer;
    private final MattersArisingService mattersArising;
    long meetingId;
    private long detailsVersion;
    final H1 heading = new H1();
    final Paragraph when = new Paragraph();
    final Div status = new Div();
    final Button publish = new Button("Publish agenda", e -> confirmPublish());
    MeetingDetailsForm detailsForm;
    AgendaPanel agenda;
    MattersArisingOffer mattersArisingOffer;

    AgendaEditorView(MeetingService meetings, PaperService papers, PeopleService people, CurrentViewer viewer,
                     MattersArisingService mattersArising) {
        this.papers = papers;
        this.mattersArising = mattersArising;
        this.meetings = meetings;
        this.people = people;
        this.viewer = viewer;
        addClassNames("view", "agenda-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Meeting meeting;
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            meeting = meetings.meeting(meetingId);
        } catch (NoSuchElementException | NumberFormatException e) {
            add(new H1("No such meeting"), new Paragraph("There is no meeting at this address. It may have been removed, "
                    + "or the link may be mistyped."), new Anchor("meetings", "Back to meetings"));
            return;
        }
        if (!AccessPolicy.canEditAgenda(viewer.get(), meeting.getBodyId())) {
            add(new H1("Not your agenda"), new Paragraph("Only the clerk of this body can edit its agenda."),
                    new Anchor("meetings/" + meetingId, "See the meeting"));
            return;
        }
        status.addClassName("badges");
        var back = new Anchor("meetings/" + meetingId, "Back to the meeting");
        back.getElement().setAttribute("router-link", true);
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new Div(status, publish);
        toolbar.addClassName("section-header");
        detailsForm = new MeetingDetailsForm("Save details", false);
        detailsForm.addSaveListener(e -> saveDetails(e.details));
        var details = new Details("Meeting details", detailsForm);
        agenda = new AgendaPanel(meetings, papers, meetingId, () -> {
            showMeeting(false);
            mattersArisingOffer.refresh();
        });
        mattersArisingOffer = new MattersArisingOffer(mattersArising, meetingId, () -> agenda.refresh());
        add(back, heading, when, toolbar, details, mattersArisingOffer, new H2("Items"), agenda);
        showMeeting(true);
        agenda.refresh();
        mattersArisingOffer.refresh();
    }

    // The details form is refilled only when asked, so moving an item never wipes what is being typed there.
    private void showMeeting(boolean refillDetails) {
        Meeting m = meetings.meeting(meetingId);
        heading.setText("Agenda: " + people.body(m.getBodyId()).getName());
        when.setText(UkTime.dateTime(m.getStartsAt(), "Date not recorded") + (m.getVenue() == null ? "" : " · " + m.getVenue()));
        status.removeAll();
        status.add(StatusBadge.of(m.getStatus()), StatusBadge.of(m.getAgendaStatus()));
        publish.setVisible(m.getAgendaStatus() == AgendaStatus.DRAFT);
        if (refillDetails) {
            detailsVersion = m.getVersion();
            detailsForm.edit(MeetingDetails.of(m));
        }
    }

    private void saveDetails(MeetingDetails details) {
        try {
            meetings.updateDetails(meetingId, detailsVersion, details.startsAtInstant(), details.getVenue(),
                    details.getFirstItemNumber());
            Messages.done("Meeting details saved.");
        } catch (OptimisticLockingFailureException e) {
            Messages.refused("Someone else changed this meeting while you were editing. Their details are shown now.");
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            detailsForm.showError(e.getMessage());
            return;
        }
        showMeeting(true);
        agenda.refresh();
    }

    private void confirmPublish() {
        var confirm = new ConfirmDialog("Publish the agenda?",
                "Everyone, including the public, will be able to read it. Exempt items show only their title and "
                        + "Schedule 12A paragraph. Supplementary items can still be added afterwards.",
                "Publish", e -> {
                    try {
                        meetings.publishAgenda(meetingId);
                        Messages.done("Agenda published.");
                    } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                        Messages.refused(ex.getMessage());
                    }
                    showMeeting(false);
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Not yet");
        confirm.open();
    }
}
