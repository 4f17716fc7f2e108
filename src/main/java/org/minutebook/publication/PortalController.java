package org.minutebook.publication;

import java.time.Clock;
import java.util.List;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.Body;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The portal's home page and a page per body: who meets, and their meetings to come and past. */
@Controller
class PortalController {

    private final PeopleService people;
    private final MeetingService meetings;
    private final CurrentViewer viewer;
    private final Clock clock;

    PortalController(PeopleService people, MeetingService meetings, CurrentViewer viewer, Clock clock) {
        this.people = people;
        this.meetings = meetings;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** The home page; routed by {@link PortalRoutes}, which leaves Vaadin's own requests to "/" alone. */
    ServerResponse home(ServerRequest request) {
        return ServerResponse.ok().render("public/home", java.util.Map.of("bodies", people.bodies()));
    }

    @GetMapping("/public/bodies/{id}")
    String body(@PathVariable long id, Model model) {
        Body body = people.body(id);
        Viewer v = viewer.get();
        List<Meeting> all = meetings.meetingsOf(id); // newest first
        model.addAttribute("body", body);
        model.addAttribute("organisation", people.organisation(body.getOrganisationId()).map(Organisation::getName).orElse(null));
        // Soonest first for what is coming; newest first for what has been.
        model.addAttribute("upcoming", all.stream().filter(this::ahead)
                .map(m -> MeetingListing.of(m, v)).toList().reversed());
        model.addAttribute("past", all.stream().filter(m -> !ahead(m))
                .map(m -> MeetingListing.of(m, v)).toList());
        return "public/body";
    }

    // A visitor looks for a cancelled or postponed meeting where its date was, among those still to come.
    private boolean ahead(Meeting m) {
        return meetings.isUpcoming(m) || (m.getStartsAt() != null && m.getStartsAt().isAfter(clock.instant())
                && (m.getStatus() == MeetingStatus.CANCELLED || m.getStatus() == MeetingStatus.POSTPONED));
    }
}
