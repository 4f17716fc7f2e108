package org.minutebook.progress;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.live.PlanChannel;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MilestoneStatus;
import org.minutebook.plan.PlanDates;
import org.minutebook.plan.RagBadge;
import org.minutebook.plan.RagRule;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A plan at a glance: each theme's status with its recommendations, the actions serving the plan (late ones first,
 * with their owners), the milestones in date order and each measure against its target. It follows the plan live:
 * after any committed change to the plan or to an action of its body, the page is read again and replaced.
 */
@Route("plans/:planId/dashboard")
@StyleSheet("css/plan.css")
@PermitAll
public class PlanDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanProgressService progress;
    private final ActionService actions;
    private final PlanChannel channel;
    private long planId;
    private long bodyId;
    private String title = "Plan dashboard";
    private PlanChannel.Subscription subscription;
    /** Bumped on every refresh, so tests and people can tell a pushed re-read happened. */
    int refreshes;
    PlanDashboard shown;

    PlanDashboardView(PlanProgressService progress, ActionService actions, PlanChannel channel) {
        this.progress = progress;
        this.actions = actions;
        this.channel = channel;
        addClassNames("view", "plan-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            planId = Long.parseLong(event.getRouteParameters().get("planId").orElse(""));
            refresh();
        } catch (NumberFormatException | NoSuchElementException | AccessDeniedException ex) {
            planId = -1;
            removeAll();
            add(new H1("Plan not found"), new Paragraph("There is no plan here you may see."));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — dashboard — Minutebook";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (planId < 0 || shown == null) {
            return;
        }
        UI ui = attach.getUI();
        // The push arrives on a background thread with no signed-in user: re-read as the user who opened the page,
        // so the service's own access checks still decide what they see.
        SecurityContext viewer = SecurityContextHolder.getContext();
        subscription = channel.subscribe(planId, bodyId, () -> {
            try {
                ui.access(() -> asViewer(viewer, this::refresh));
            } catch (UIDetachedException gone) {
                // The tab closed while the change was on its way; nobody to show it to.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private static void asViewer(SecurityContext viewer, Runnable read) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(viewer);
        try {
            read.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    void refresh() {
        PlanDashboard d = progress.dashboard(planId);
        shown = d;
        bodyId = d.bodyId();
        title = d.title();
        refreshes++;
        removeAll();
        var overall = new Div(new Span("Overall: "), new RagBadge(d.overall()));
        overall.addClassName("dashboard-overall");
        var lead = new Paragraph(d.bodyName() + " · as at " + PlanDates.day(d.today()));
        lead.addClassName("plan-lead");
        var links = new Div(new Anchor("plans/" + planId, "The plan in full"), new Span(" · "), new Anchor("plans", "All plans"));
        links.addClassName("plan-links");
        add(new H1(d.title() + ": dashboard"), lead, overall, links, themes(d), actionsSection(d), milestones(d), measures(d));
    }

    // ---------------------------------------------------------------- progress by theme

    private Component themes(PlanDashboard d) {
        var section = section("Progress by theme");
        var counts = new Paragraph(d.recommendationCount() + " recommendations or areas for improvement listed"
                + (d.declaredRecommendations() == null ? "" : " (the record counts " + d.declaredRecommendations() + ")")
                + "; " + d.outcomeCount() + " outcomes listed"
                + (d.declaredOutcomes() == null ? "" : " (the record counts " + d.declaredOutcomes() + ")") + ".");
        section.add(counts);
        var grid = new Div();
        grid.addClassName("theme-grid");
        for (PlanDashboard.Group g : d.groups()) {
            var card = new Section();
            card.addClassName("theme-card");
            if (g.recommendations().size() > 4) {
                // A long list (seed 001's twelve areas) reads better across the page than down one narrow column.
                card.addClassName("theme-card-wide");
            }
            card.getElement().setAttribute("data-rag", g.rag().name());
            var heading = new H3(g.title());
            card.add(heading, new RagBadge(g.rag()), new Paragraph(describe(g.counts())));
            if (!g.recommendations().isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("recommendation-list");
                for (PlanDashboard.RecommendationRow r : g.recommendations()) {
                    var label = new Span(r.label());
                    label.addClassName("rec-label");
                    var item = new ListItem(new RagBadge(r.rag()), label);
                    if (r.text() != null) {
                        item.setTitle(r.text());
                        var text = new Span(shorten(r.text()));
                        text.addClassName("rec-text");
                        item.add(text);
                    } else {
                        item.add(new Span(" (text to come)"));
                    }
                    if (r.counts().actions() > 0) {
                        var c = new Span(describe(r.counts()));
                        c.addClassName("rec-counts");
                        item.add(c);
                    }
                    list.add(item);
                }
                card.add(list);
            }
            grid.add(card);
        }
        section.add(grid);
        section.add(legend());
        return section;
    }

    private static Component legend() {
        var p = new Paragraph("How the status is worked out: Red — an open action is past its due date or a milestone "
                + "was missed; Amber — open work falls due within " + RagRule.DUE_SOON_DAYS + " days; Green — under way, "
                + "nothing late; Complete — every linked action done and milestone achieved; Not started — nothing "
                + "linked yet. A theme shows the worst of its recommendations.");
        p.addClassName("rag-legend");
        return p;
    }

    static String describe(PlanDashboard.Counts c) {
        if (c.actions() == 0) {
            return "No actions linked";
        }
        return c.actions() + (c.actions() == 1 ? " action: " : " actions: ") + c.open() + " open, " + c.done() + " done, "
                + c.overdue() + " overdue" + (c.dueSoon() > 0 ? ", " + c.dueSoon() + " due soon" : "");
    }

    // ---------------------------------------------------------------- actions

    private Component actionsSection(PlanDashboard d) {
        var section = section("Actions serving the plan");
        var overdue = d.overdue();
        var summary = new Paragraph(overdue.isEmpty() ? "No action is overdue."
                : overdue.size() + (overdue.size() == 1 ? " action is" : " actions are") + " overdue: "
                + d.overdueByOwner().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ".");
        summary.addClassName("overdue-summary");
        section.add(summary);
        if (d.actions().isEmpty()) {
            section.add(new Paragraph("No action you can see is linked to this plan yet."));
            return section;
        }
        var table = table("Action", "Owner", "Due", "Status", "Serves", "");
        var body = (NativeTableBody) table.getChildren().filter(NativeTableBody.class::isInstance).findFirst().orElseThrow();
        for (PlanDashboard.ActionRow a : d.actions()) {
            String due = a.due() == null ? (a.dueText() == null ? "Not given" : a.dueText()) : PlanDates.day(a.due());
            var status = new Span(statusText(a));
            status.addClassNames("action-status", a.overdue() ? "overdue" : a.dueSoon() ? "due-soon" : "normal");
            Component report = new Span();
            if (a.canReport() && a.status().isOpen()) {
                var button = new Button("Report progress", e -> reportProgress(a));
                button.getElement().setAttribute("aria-label", "Report progress on: " + a.description());
                report = button;
            }
            var row = new NativeTableRow(new NativeTableCell(a.description()), new NativeTableCell(a.owner()),
                    new NativeTableCell(due), new NativeTableCell(status), new NativeTableCell(a.serves()),
                    new NativeTableCell(report));
            row.getElement().setAttribute("data-action-id", String.valueOf(a.id()));
            body.add(row);
        }
        section.add(table);
        return section;
    }

    static String statusText(PlanDashboard.ActionRow a) {
        String status = switch (a.status()) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        };
        if (a.overdue()) {
            return status + " — overdue by " + a.daysLate() + (a.daysLate() == 1 ? " day" : " days");
        }
        return a.dueSoon() ? status + " — due soon" : status;
    }

    private void reportProgress(PlanDashboard.ActionRow a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Report progress");
        var what = new Paragraph(a.description());
        var text = new TextArea("What has happened");
        text.setWidth("30em");
        var status = new Select<ActionStatus>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> switch (s) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        });
        status.setValue(a.status());
        var save = new Button("Save progress", e -> {
            try {
                actions.addUpdate(a.id(), text.getValue(), status.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException | AccessDeniedException ex) {
                text.setErrorMessage(ex.getMessage());
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(what, text, status);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    // ---------------------------------------------------------------- milestones

    private Component milestones(PlanDashboard d) {
        var section = section("Milestones");
        if (d.milestones().isEmpty()) {
            section.add(new Paragraph("No milestones yet."));
            return section;
        }
        var timeline = new OrderedList();
        timeline.addClassName("timeline");
        boolean todayMarked = false;
        for (PlanDashboard.MilestoneRow m : d.milestones()) {
            if (!todayMarked && m.due() != null && m.due().isAfter(d.today())) {
                timeline.add(todayMarker(d));
                todayMarked = true;
            }
            String state = m.status() == MilestoneStatus.ACHIEVED ? "Achieved"
                    : m.missed() ? "Missed" : "Planned";
            var item = new ListItem();
            item.addClassNames("milestone", "milestone-" + state.toLowerCase());
            var date = new Span(m.due() == null ? "No date" : PlanDates.day(m.due()));
            date.addClassName("milestone-date");
            var badge = new Span(state);
            badge.addClassNames("badge", "milestone-state", state.toLowerCase());
            var name = new Span(m.title());
            name.addClassName("milestone-title");
            item.add(date, badge, name);
            if (m.dueText() != null) {
                var words = new Span("\u201c" + m.dueText() + "\u201d");
                words.addClassName("milestone-words");
                item.add(words);
            }
            timeline.add(item);
        }
        if (!todayMarked) {
            timeline.add(todayMarker(d));
        }
        section.add(timeline);
        return section;
    }

    private static ListItem todayMarker(PlanDashboard d) {
        var today = new ListItem(new Span("Today, " + PlanDates.day(d.today())));
        today.addClassNames("milestone", "milestone-today");
        return today;
    }

    // ---------------------------------------------------------------- measures

    private Component measures(PlanDashboard d) {
        var section = section("Measures");
        if (d.measures().isEmpty()) {
            section.add(new Paragraph("No measures yet."));
        }
        var grid = new Div();
        grid.addClassName("measure-grid");
        for (Measure m : d.measures()) {
            var card = new Section(new H3(m.getName()), new MeasureChart(m));
            card.addClassName("measure-card");
            grid.add(card);
        }
        section.add(grid);
        return section;
    }

    // ---------------------------------------------------------------- helpers

    private static Section section(String heading) {
        var s = new Section(new H2(heading));
        s.addClassName("plan-section");
        return s;
    }

    private static NativeTable table(String... headings) {
        var head = new NativeTableRow();
        for (String h : headings) {
            var th = new NativeTableHeaderCell(h);
            th.getElement().setAttribute("scope", "col");
            if (h.isEmpty()) {
                th.add(new Span("Report"));
                th.addClassName("visually-hidden-text");
            }
            head.add(th);
        }
        var table = new NativeTable(new NativeTableHeader(head), new NativeTableBody());
        table.addClassName("plan-table");
        return table;
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87).strip() + "…";
    }
}
