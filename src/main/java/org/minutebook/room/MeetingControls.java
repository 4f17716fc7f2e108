package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;

/**
 * Opening and closing the meeting. Before it closes, the chair sees every item that was opened but has no minute,
 * resolution or "noted" outcome, and chooses to go back or close anyway.
 */
class MeetingControls extends Div {

    private final ChairServices s;
    private final Span badge = new Span();
    final Button open = new Button("Open the meeting", e -> openMeeting());
    final Button close = new Button("Close the meeting", e -> confirmClose());
    /** Why the meeting could not open, beside the button rather than in a toast that vanishes. */
    final Paragraph problem = new Paragraph();
    ConfirmDialog closeDialog;
    UnorderedList unrecorded;
    private Map<Long, String> headings = Map.of();
    private Runnable afterOpen = () -> { };

    MeetingControls(ChairServices services) {
        this.s = services;
        addClassName("meeting-controls");
        badge.addClassName("badges");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(badge, open, close, problem);
    }

    void onOpened(Runnable action) {
        this.afterOpen = action;
    }

    void show(Meeting meeting, MeetingRecord record) {
        badge.removeAll();
        badge.add(StatusBadge.of(meeting.getStatus()));
        open.setVisible(meeting.getStatus() == MeetingStatus.SCHEDULED);
        close.setVisible(meeting.getStatus() == MeetingStatus.LIVE);
        headings = record.items().stream().collect(Collectors.toMap(MeetingRecord.Item::id, MeetingRecord.Item::heading));
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            problem.setVisible(false);
        }
    }

    private void openMeeting() {
        try {
            s.chair().openMeeting(s.meetingId());
        } catch (IllegalStateException | IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        s.changed().run();
        afterOpen.run();
    }

    private void confirmClose() {
        List<AgendaItem> items = s.minutes().unrecordedItems(s.meetingId());
        closeDialog = new ConfirmDialog();
        closeDialog.setHeader("Close the meeting?");
        closeDialog.setCancelable(true);
        closeDialog.setCancelText("Go back");
        if (items.isEmpty()) {
            closeDialog.setText("Every item that was opened has a minute, a resolution or a \"noted\" outcome. "
                    + "Once closed, the meeting cannot be reopened.");
            closeDialog.setConfirmText("Close the meeting");
        } else {
            unrecorded = new UnorderedList();
            Function<AgendaItem, String> heading = i -> headings.getOrDefault(i.getId(), i.getTitle());
            items.forEach(i -> unrecorded.add(new ListItem(heading.apply(i))));
            unrecorded.addClassName("unrecorded-items");
            closeDialog.setText(new Div(new Paragraph("These items were opened but have no minute, resolution or "
                    + "\"noted\" outcome yet:"), unrecorded,
                    new Paragraph("Once closed, the meeting cannot be reopened.")));
            closeDialog.setConfirmText("Close anyway");
            closeDialog.setConfirmButtonTheme("error primary");
        }
        closeDialog.addConfirmListener(e -> {
            if (ChairFeedback.attempt(() -> s.chair().closeMeeting(s.meetingId()), "The meeting is closed.")) {
                s.changed().run();
            }
        });
        closeDialog.open();
    }
}
