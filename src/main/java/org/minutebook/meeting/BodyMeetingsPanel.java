package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.minutebook.people.Body;
import org.minutebook.shared.UkTime;

/** One body's meetings on the Meetings page: upcoming (soonest first), then past (latest first). */
class BodyMeetingsPanel extends Section {

    final long bodyId;
    final Button schedule = new Button("Schedule a meeting");

    BodyMeetingsPanel(Body body, List<Meeting> newestFirst, Predicate<Meeting> upcoming, boolean canSchedule) {
        this.bodyId = body.getId();
        addClassName("body-meetings");
        var heading = new H2(body.getName());
        heading.setId("body-" + body.getId());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var header = new Div(heading);
        header.addClassName("section-header");
        schedule.setAriaLabel("Schedule a meeting of the " + body.getName());
        schedule.setVisible(canSchedule);
        header.add(schedule);
        add(header);

        List<Meeting> next = new ArrayList<>(newestFirst.stream().filter(upcoming).toList()).reversed();
        List<Meeting> past = newestFirst.stream().filter(upcoming.negate()).toList();
        add(new H3("Upcoming"), list(next, "No meetings scheduled."));
        add(new H3("Past"), list(past, "No past meetings."));
    }

    private static com.vaadin.flow.component.Component list(List<Meeting> meetings, String none) {
        if (meetings.isEmpty()) {
            var p = new Paragraph(none);
            p.addClassName("muted");
            return p;
        }
        var ul = new UnorderedList();
        ul.addClassName("meeting-list");
        meetings.forEach(m -> ul.add(row(m)));
        return ul;
    }

    private static ListItem row(Meeting m) {
        // By address, not by class: the meeting page belongs to the minutes feature, which depends on this one.
        var link = new Anchor("meetings/" + m.getId(), UkTime.dateTime(m.getStartsAt(), "Date not recorded"));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("meeting-link");
        var badges = new Span(StatusBadge.of(m.getStatus()), StatusBadge.of(m.getAgendaStatus()));
        if (StatusBadge.minutesWorthShowing(m.getStatus(), m.getMinutesStatus())) {
            badges.add(StatusBadge.of(m.getMinutesStatus()));
        }
        badges.addClassName("badges");
        var item = new ListItem(link);
        if (m.getVenue() != null) {
            var venue = new Span(m.getVenue());
            venue.addClassName("muted");
            item.add(venue);
        }
        item.add(badges);
        item.addClassName("meeting-row");
        return item;
    }
}
