package org.minutebook.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;

/** The improvement plans each body monitors; a body's clerk starts a new one here. */
@Route("plans")
@PageTitle("Improvement plans — Minutebook")
@Menu(title = "Improvement plans", order = 3)
@StyleSheet("css/plan.css")
@PermitAll
public class PlansView extends Main {

    private final PlanService plans;
    private final PeopleService people;

    PlansView(PlanService plans, PeopleService people) {
        this.plans = plans;
        this.people = people;
        addClassNames("view", "plans-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1("Improvement plans"));
        for (Body body : people.bodies()) {
            var list = plans.plansOf(body.getId());
            boolean editor = plans.canEdit(body.getId());
            if (list.isEmpty() && !editor) {
                continue;
            }
            var section = new Section(new H2(body.getName()));
            section.addClassName("plans-of-body");
            section.getElement().setAttribute("data-body-id", String.valueOf(body.getId()));
            if (list.isEmpty()) {
                section.add(new Paragraph("No improvement plan yet."));
            } else {
                var ul = new UnorderedList();
                for (Plan p : list) {
                    var dashboard = new Anchor("plans/" + p.getId() + "/dashboard", "Dashboard");
                    dashboard.getElement().setAttribute("aria-label", "Dashboard of " + p.getTitle());
                    ul.add(new ListItem(new Anchor("plans/" + p.getId(), p.getTitle()), new com.vaadin.flow.component.Text(" · "),
                            dashboard));
                }
                section.add(ul);
            }
            if (editor) {
                var title = new TextField("Title of a new plan");
                title.setWidth("28em");
                var create = new Button("Create plan");
                create.addThemeVariants(ButtonVariant.PRIMARY);
                create.addClickListener(e -> {
                    try {
                        Plan p = plans.createPlan(body.getId(), title.getValue());
                        getUI().ifPresent(ui -> ui.navigate("plans/" + p.getId()));
                    } catch (IllegalArgumentException | AccessDeniedException ex) {
                        title.setErrorMessage(ex.getMessage());
                        title.setInvalid(true);
                    }
                });
                var row = new HorizontalLayout(title, create);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                section.add(row);
            }
            add(section);
        }
    }
}
