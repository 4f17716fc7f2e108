package org.minutebook.tracker;

import jakarta.servlet.http.HttpServletResponse;
import org.minutebook.actions.ActionService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A body's public action tracker: plain HTML, no sign-in, only where the body has made its tracker public
 * (the body's "actions are public" setting), and never an action from an exempt item or unpublished minutes
 * ({@link ActionService#publicTracker}).
 */
@Controller
class PublicTrackerController {

    private final ActionService actions;
    private final ActionRows rows;
    private final PeopleService people;

    PublicTrackerController(ActionService actions, ActionRows rows, PeopleService people) {
        this.actions = actions;
        this.rows = rows;
        this.people = people;
    }

    @GetMapping("/public/bodies/{id}/actions")
    String tracker(@PathVariable long id, Model model, HttpServletResponse response) {
        Body body = people.body(id);
        model.addAttribute("body", body);
        if (!body.isPublicActionTracker()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("rows", java.util.List.of());
            model.addAttribute("published", false);
            return "public/actions";
        }
        model.addAttribute("published", true);
        model.addAttribute("rows", rows.publicRows(actions.publicTracker(id)));
        return "public/actions";
    }
}
