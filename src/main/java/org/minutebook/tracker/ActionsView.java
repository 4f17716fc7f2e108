package org.minutebook.tracker;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.PlanLink;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;
import org.minutebook.shared.UkTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every action of the viewer's bodies (clerk, chair, members; an admin sees all), filtered by body, plan element,
 * owner, status and meeting, and exported as CSV or XLSX exactly as filtered.
 */
@Route("actions")
@PageTitle("Actions — Minutebook")
@Menu(title = "Actions", order = 2)
@PermitAll
@StyleSheet("css/actions.css")
public class ActionsView extends Main {

    /** A choice in the owner filter: a person or an organisation. */
    record Owner(String label, Long personId, Long organisationId) {
    }

    /** A choice in the plan filter: a theme (with its recommendations) or one recommendation. */
    record PlanChoice(String label, Set<PlanLink> links) {
    }

    final Select<Body> body = new Select<>();
    final ComboBox<PlanChoice> plan = new ComboBox<>("Plan element");
    final ComboBox<Owner> owner = new ComboBox<>("Owner");
    final Select<ActionStatus> status = new Select<>();
    final ComboBox<Meeting> meeting = new ComboBox<>("Meeting");
    final Anchor csv;
    final Anchor xlsx;
    final ActionGrid grid;
    private final MeetingService meetings;
    private final PlanService plans;

    ActionsView(ActionService actions, ActionRows rows, ActionLogExport export, MeetingService meetings,
                PeopleService people, PlanService plans) {
        this.meetings = meetings;
        this.plans = plans;
        addClassNames("view", "actions-view");
        List<Body> bodies = meetings.bodiesOfViewer();
        body.setLabel("Body");
        body.setEmptySelectionAllowed(true);
        body.setEmptySelectionCaption("All my bodies");
        body.setItems(bodies);
        body.setItemLabelGenerator(b -> b == null ? "All my bodies" : b.getName());
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : ActionService.label(s));
        List<Owner> owners = new ArrayList<>();
        people.organisations().forEach(o -> owners.add(new Owner(o.getName() + " (organisation)", null, o.getId())));
        people.people().forEach(p -> owners.add(new Owner(p.getName(), p.getId(), null)));
        owner.setItems(owners);
        owner.setItemLabelGenerator(Owner::label);
        owner.setClearButtonVisible(true);
        plan.setItems(planChoices(bodies));
        plan.setItemLabelGenerator(PlanChoice::label);
        plan.setClearButtonVisible(true);
        meeting.setItemLabelGenerator(m -> UkTime.date(m.getStartsAt(), "Undated meeting " + m.getId()));
        meeting.setClearButtonVisible(true);
        meeting.setEnabled(false);
        meeting.setHelperText("Choose a body first");

        grid = new ActionGrid(actions, rows, this::filter);
        grid.addOpenColumn("Open", r -> new ActionDialog(actions, rows, r, grid.getDataProvider()::refreshAll).open());
        body.addValueChangeListener(e -> {
            meeting.clear();
            meeting.setEnabled(e.getValue() != null);
            meeting.setItems(e.getValue() == null ? List.of() : meetings.meetingsOf(e.getValue().getId()));
            refresh();
        });
        plan.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        meeting.addValueChangeListener(e -> refresh());

        csv = download(export::csv, "action-log.csv", "text/csv; charset=UTF-8", "Download CSV");
        xlsx = download(export::xlsx, "action-log.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Download Excel (XLSX)");
        var filters = new Div(body, plan, owner, status, meeting);
        filters.addClassName("action-filters");
        var downloads = new Div(csv, xlsx);
        downloads.addClassName("action-downloads");
        add(new H1("Actions"), new Paragraph("Every action of your bodies, the earliest due first. Overdue and due-soon (within "
                + "14 days) actions are marked in the Due column; the downloads give the log as filtered here."),
                filters, downloads, grid);
    }

    private Anchor download(Function<ActionFilter, byte[]> make, String name, String type, String text) {
        var a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = make.apply(filter());
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), text);
        a.addClassName("download");
        return a;
    }

    ActionFilter filter() {
        Owner o = owner.getValue();
        return new ActionFilter(body.getValue() == null ? null : body.getValue().getId(),
                plan.getValue() == null ? Set.of() : plan.getValue().links(),
                o == null ? null : o.personId(), o == null ? null : o.organisationId(), status.getValue(),
                meeting.getValue() == null ? null : meeting.getValue().getId(), false);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private List<PlanChoice> planChoices(List<Body> bodies) {
        List<PlanChoice> out = new ArrayList<>();
        for (Body b : bodies) {
            List<Plan> list;
            try {
                list = plans.plansOf(b.getId());
            } catch (AccessDeniedException e) {
                continue;
            }
            for (Plan p : list) {
                PlanDetails d = plans.plan(p.getId());
                for (Theme t : d.themes()) {
                    // A theme covers its own links and those of the recommendations filed under it.
                    Set<PlanLink> links = new HashSet<>(Set.of(PlanLink.theme(t.getId())));
                    d.recommendations().stream().filter(r -> t.getId().equals(r.getThemeId()))
                            .forEach(r -> links.add(PlanLink.recommendation(r.getId())));
                    out.add(new PlanChoice("Theme: " + t.getTitle(), links));
                }
                for (Recommendation r : d.recommendations()) {
                    String kind = r.getKind() == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area for improvement " : "Recommendation ";
                    out.add(new PlanChoice(kind + r.getNumber() + ": " + shorten(r.getText()),
                            Set.of(PlanLink.recommendation(r.getId()))));
                }
            }
        }
        return out;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.length() <= 70 ? t : t.substring(0, 70).strip() + "…";
    }
}
