package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators set up the bodies that meet: their details, house style and members. */
@Route("admin/bodies")
@PageTitle("Bodies — Minutebook")
@Menu(title = "Bodies", order = 10)
@RolesAllowed("ADMIN")
class BodiesView extends Main {

    final Grid<Body> grid = new Grid<>();
    final Button newBody = new Button("New body");
    final BodyForm form;
    final MembersPanel members;

    private final PeopleService people;

    BodiesView(PeopleService people) {
        this.people = people;
        addClassNames("view", "admin-view");
        form = new BodyForm(this::save, this::close);
        members = new MembersPanel(people);

        grid.addColumn(Body::getName).setHeader("Name").setFlexGrow(3);
        grid.addColumn(b -> b.getKind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.getQuorum() == null ? "—" : b.getQuorum().toString()).setHeader("Quorum").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.getHouseStyle().itemNumbering().label()).setHeader("Item numbering").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Bodies");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                edit(e.getValue());
            }
        });
        newBody.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(new Body("", BodyKind.BOARD));
        });

        var editor = new Div(form, members);
        editor.addClassName("admin-editor");
        var split = new Div(new Div(newBody, grid), editor);
        split.addClassName("admin-split");
        add(new H1("Bodies"), split);
        refresh();
    }

    private void edit(Body body) {
        form.edit(body);
        members.show(body);
    }

    private void close() {
        grid.asSingleSelect().clear();
        edit(null);
    }

    private void save(Body body) {
        try {
            Body saved = people.saveBody(body);
            refresh();
            grid.select(saved);
            edit(saved);
            Refusals.done("Saved " + saved.getName());
        } catch (RuntimeException refusal) {
            form.showRefusal(refusal);
        }
    }

    private void refresh() {
        grid.setItems(people.bodies());
    }
}
