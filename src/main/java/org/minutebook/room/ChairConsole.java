package org.minutebook.room;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.Meeting;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.shared.UkTime;

/**
 * The console's panels for one meeting: the header with opening, closing and the quorum, then the agenda and
 * declarations beside the speakers and the roll call. {@link #show} updates every panel in place.
 */
class ChairConsole extends Div {

    private final ChairServices s;
    final MeetingControls controls;
    final QuorumIndicator quorum = new QuorumIndicator();
    final AgendaControls agenda;
    final RollCallPanel rollCall;
    final ChairSpeakersPanel speakers;
    final DeclarationsPanel declarations;

    ChairConsole(ChairServices services, Meeting meeting, String bodyName) {
        this.s = services;
        addClassName("console");
        controls = new MeetingControls(s);
        agenda = new AgendaControls(s);
        rollCall = new RollCallPanel(s);
        speakers = new ChairSpeakersPanel(s);
        declarations = new DeclarationsPanel(s);
        controls.onOpened(agenda.next::focus);

        var back = new Anchor("meetings/" + s.meetingId(), "Back to the meeting");
        back.getElement().setAttribute("router-link", true);
        var when = new Span(UkTime.dateTime(meeting.getStartsAt(), "Date not recorded"));
        when.addClassName("meeting-when");
        var header = new Div(back, new H1(new Span("Chair's console"), new Span(bodyName), when), controls, quorum);
        header.addClassName("console-header");
        var main = new Div(section("Agenda", agenda), section("Declarations of interest", declarations));
        main.addClassName("console-main");
        var side = new Div(section("Speakers", speakers), section("Roll call", rollCall));
        side.addClassName("console-side");
        var columns = new Div(main, side);
        columns.addClassName("console-columns");
        add(header, columns);
    }

    private static Section section(String heading, Component content) {
        var h2 = new H2(heading);
        h2.setId("chair-" + heading.toLowerCase().replaceAll("[^a-z]+", "-"));
        var section = new Section(h2, content);
        section.getElement().setAttribute("aria-labelledby", h2.getId().orElseThrow());
        section.addClassName("console-section");
        return section;
    }

    /** Every panel shows the meeting as it stands; the record gives the agenda's numbers and statuses. */
    void show(MeetingRecord record) {
        Meeting meeting = s.meetings().meeting(s.meetingId());
        var outcomes = new HashMap<Long, ItemOutcome>();
        s.meetings().itemsOf(s.meetingId()).forEach(i -> {
            if (i.getOutcome() != null) {
                outcomes.put(i.getId(), i.getOutcome());
            }
        });
        controls.show(meeting, record);
        quorum.show(s.chair().quorum(s.meetingId()));
        agenda.show(record, meeting.getStatus(), outcomes);
        rollCall.refresh(meeting.getStatus());
        speakers.refresh(meeting.getStatus());
        declarations.refresh(record, meeting.getStatus());
    }
}
