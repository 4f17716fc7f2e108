package org.minutebook.tracker;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;

/**
 * The actions the signed-in person owns and, for an officer, those their organisation owns: open one to read its
 * history, report progress and change its status.
 */
@Route("my-actions")
@PageTitle("My actions — Minutebook")
@Menu(title = "My actions", order = 3)
@PermitAll
@StyleSheet("css/actions.css")
public class MyActionsView extends Main {

    final Select<ActionStatus> status = new Select<>();
    final Paragraph whose = new Paragraph();
    final ActionGrid grid;

    MyActionsView(ActionService actions, ActionRows rows, CurrentViewer viewer, PeopleService people) {
        addClassNames("view", "my-actions-view");
        Viewer v = viewer.get();
        String org = v.hasRole(Role.OFFICER) && v.organisationId() != null
                ? people.organisation(v.organisationId()).map(o -> o.getName()).orElse(null) : null;
        whose.setText(org == null ? "Actions you own." : "Actions you own and those owned by " + org + ".");
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : ActionService.label(s));
        grid = new ActionGrid(actions, rows,
                () -> new ActionFilter(null, Set.of(), null, null, status.getValue(), null, true));
        grid.addOpenColumn("Progress", r -> new ActionDialog(actions, rows, r, grid.getDataProvider()::refreshAll).open());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("My actions"), whose, status, grid);
    }
}
