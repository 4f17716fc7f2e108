package org.minutebook.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.minutebook.people.InvalidField;
import org.minutebook.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One improvement plan, all its parts on one page. The body's clerk edits it here (every form calls
 * {@link PlanService}, which checks again); everyone else signed in reads it. Where a record only counts the
 * recommendations or outcomes, the page says how many are still to come rather than inventing them.
 */
@Route("plans/:planId")
@StyleSheet("css/plan.css")
@PermitAll
public class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PeopleService people;
    private long planId;
    private boolean editor;
    private String title = "Improvement plan";

    // The paste import, kept across re-renders so a refused list stays in the box to be corrected.
    final TextArea pasted = new TextArea("Numbered list, as it appears in the report");
    final Select<PlanService.ListKind> pasteKind = new Select<>();
    final ComboBox<Theme> pasteTheme = new ComboBox<>("Under the theme (optional)");
    final Button importList = new Button("Import list");

    PlanView(PlanService plans, PeopleService people) {
        this.plans = plans;
        this.people = people;
        addClassNames("view", "plan-view");
        pasted.setWidthFull();
        pasted.setMinHeight("10em");
        pasted.setHelperText("One item per number: \"1. …\", \"2) …\" or \"(3) …\". Wrapped lines join the item above. "
                + "Nothing is imported unless every line is right.");
        pasteKind.setLabel("The list holds");
        pasteKind.setItems(PlanService.ListKind.values());
        pasteKind.setItemLabelGenerator(k -> switch (k) {
            case RECOMMENDATIONS -> "Recommendations";
            case AREAS_FOR_IMPROVEMENT -> "Areas for improvement";
            case OUTCOMES -> "Outcomes";
        });
        pasteKind.setValue(PlanService.ListKind.RECOMMENDATIONS);
        pasteTheme.setItemLabelGenerator(Theme::getTitle);
        pasteTheme.setClearButtonVisible(true);
        importList.addThemeVariants(ButtonVariant.PRIMARY);
        importList.addClickListener(e -> importPasted());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            planId = Long.parseLong(event.getRouteParameters().get("planId").orElse(""));
            render();
        } catch (NumberFormatException | NoSuchElementException | AccessDeniedException ex) {
            removeAll();
            add(new H1("Plan not found"), new Paragraph("There is no plan here you may see."));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — Minutebook";
    }

    void render() {
        PlanDetails d = plans.plan(planId);
        Plan plan = d.plan();
        editor = plans.canEdit(plan.getBodyId());
        title = plan.getTitle();
        removeAll();

        var heading = new H1(plan.getTitle());
        var body = new Paragraph(people.body(plan.getBodyId()).getName() + period(plan));
        body.addClassName("plan-lead");
        var links = new Div(new Anchor("plans/" + planId + "/dashboard", "Open the dashboard"), new Span(" · "),
                new Anchor("plans", "All plans"));
        links.addClassName("plan-links");
        add(heading, body, links);
        if (editor) {
            add(planForm(plan));
        } else {
            var readOnly = new Paragraph("Only the body's clerk changes the plan; you are reading it.");
            readOnly.addClassName("plan-readonly");
            add(readOnly);
        }
        add(themes(d), recommendations(d), outcomes(d), milestones(d), measures(d));
    }

    // ---------------------------------------------------------------- the plan itself

    private Component planForm(Plan plan) {
        var name = new TextField("Title");
        name.setValue(plan.getTitle());
        name.setWidth("32em");
        var from = new DatePicker("Runs from");
        from.setValue(plan.getPeriodFrom());
        var to = new DatePicker("Runs to");
        to.setValue(plan.getPeriodTo());
        var recCount = new IntegerField("Recommendations the record counts");
        recCount.setValue(plan.getDeclaredRecommendations());
        recCount.setHelperText("Where a report gives only the number");
        recCount.setWidth("18em");
        var outCount = new IntegerField("Outcomes the record counts");
        outCount.setValue(plan.getDeclaredOutcomes());
        outCount.setWidth("18em");
        var save = new Button("Save plan details", e -> attempt(() -> {
            plans.updatePlan(planId, plan.getVersion(), name.getValue(), from.getValue(), to.getValue());
            return plans.declareCounts(planId, recCount.getValue(), outCount.getValue());
        }, "Plan details saved", fieldFor(name, to, recCount)));
        var form = new Section(new H2("Plan details"), row(name, from, to), row(recCount, outCount, save));
        form.addClassName("plan-section");
        return form;
    }

    // ---------------------------------------------------------------- themes

    private Component themes(PlanDetails d) {
        var section = section("Themes");
        if (d.themes().isEmpty()) {
            section.add(new Paragraph("No themes yet."));
        } else {
            var list = new OrderedList();
            d.themes().forEach(t -> list.add(new ListItem(t.getTitle())));
            section.add(list);
        }
        if (editor) {
            var name = new TextField("New theme");
            var add = new Button("Add theme", e -> attempt(() -> plans.addTheme(planId, name.getValue()), "Theme added",
                    ex -> name));
            section.add(row(name, add));
        }
        return section;
    }

    // ---------------------------------------------------------------- recommendations

    private Component recommendations(PlanDetails d) {
        var section = section("Recommendations and areas for improvement");
        Integer declared = d.plan().getDeclaredRecommendations();
        if (declared != null) {
            int listed = d.recommendations(Recommendation.Kind.RECOMMENDATION).size();
            section.add(countNote("recommendations", declared, listed));
        }
        var themeNames = d.themes().stream().collect(Collectors.toMap(Theme::getId, Theme::getTitle));
        for (Recommendation.Kind kind : Recommendation.Kind.values()) {
            List<Recommendation> list = d.recommendations(kind);
            if (list.isEmpty()) {
                continue;
            }
            section.add(new H3(kind == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Areas for improvement" : "Recommendations"));
            var table = table("Number", "Text", "Theme", editor ? "Change" : null);
            for (Recommendation r : list) {
                Component text = r.getText() == null ? toCome() : new Span(r.getText());
                String theme = r.getThemeId() == null ? "—" : themeNames.getOrDefault(r.getThemeId(), "—");
                Component change = editor ? new Button("Edit text", e -> editText(
                        (kind == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area " : "Recommendation ") + r.getNumber(),
                        r.getText(), value -> plans.setRecommendationText(r.getId(), r.getVersion(), value))) : null;
                addRow(table, new Span(String.valueOf(r.getNumber())), text, new Span(theme), change);
            }
            section.add(table);
        }
        if (d.recommendations().isEmpty()) {
            section.add(new Paragraph("None listed yet."));
        }
        if (editor) {
            pasteTheme.setItems(d.themes());
            var importer = new Div(new H3("Paste a numbered list"), row(pasteKind, pasteTheme), pasted, importList);
            importer.addClassName("plan-import");
            section.add(importer, addOne(d));
        }
        return section;
    }

    private Component addOne(PlanDetails d) {
        var number = new IntegerField("Number");
        var kind = new Select<Recommendation.Kind>();
        kind.setLabel("Kind");
        kind.setItems(Recommendation.Kind.values());
        kind.setItemLabelGenerator(k -> k == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area for improvement" : "Recommendation");
        kind.setValue(Recommendation.Kind.RECOMMENDATION);
        var text = new TextField("Text (leave empty if the record gives only the number)");
        text.setWidth("28em");
        var theme = new ComboBox<Theme>("Theme (optional)");
        theme.setItems(d.themes());
        theme.setItemLabelGenerator(Theme::getTitle);
        var add = new Button("Add one", e -> attempt(() -> plans.addRecommendation(planId,
                number.getValue() == null ? 0 : number.getValue(), kind.getValue(), text.getValue(),
                theme.getValue() == null ? null : theme.getValue().getId()), "Added", ex -> number));
        var box = new Div(new H3("Add one"), row(number, kind, text, theme, add));
        box.addClassName("plan-add-one");
        return box;
    }

    private void importPasted() {
        pasted.setInvalid(false);
        try {
            int n = plans.importList(planId, pasteKind.getValue(), pasted.getValue(),
                    pasteTheme.getValue() == null ? null : pasteTheme.getValue().getId());
            pasted.clear();
            Notification.show(n + " imported", 4000, Notification.Position.BOTTOM_START);
            render();
        } catch (ListRefused ex) {
            pasted.setErrorMessage("Nothing was imported. " + ex.problems().stream().map(NumberedList.Problem::toString)
                    .collect(Collectors.joining(". ")) + ".");
            pasted.setInvalid(true);
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
            pasted.setErrorMessage(ex.getMessage());
            pasted.setInvalid(true);
        }
    }

    // ---------------------------------------------------------------- outcomes

    private Component outcomes(PlanDetails d) {
        var section = section("Outcomes");
        Integer declared = d.plan().getDeclaredOutcomes();
        if (declared != null) {
            section.add(countNote("outcomes", declared, d.outcomes().size()));
        }
        if (d.outcomes().isEmpty()) {
            section.add(new Paragraph(editor ? "None listed yet: paste them above as a numbered list of outcomes."
                    : "None listed yet."));
        } else {
            var table = table("Number", "Text", editor ? "Change" : null);
            for (Outcome o : d.outcomes()) {
                Component change = editor ? new Button("Edit text", e -> editText("Outcome " + o.getNumber(), o.getText(),
                        value -> plans.setOutcomeText(o.getId(), o.getVersion(), value))) : null;
                addRow(table, new Span(String.valueOf(o.getNumber())), o.getText() == null ? toCome() : new Span(o.getText()),
                        change);
            }
            section.add(table);
        }
        return section;
    }

    // ---------------------------------------------------------------- milestones

    private Component milestones(PlanDetails d) {
        var section = section("Milestones");
        if (d.milestones().isEmpty()) {
            section.add(new Paragraph("No milestones yet."));
        } else {
            var table = table("Due", "Milestone", "Status");
            for (Milestone m : d.milestones()) {
                String due = m.getDueDate() == null ? "No date" : PlanDates.day(m.getDueDate());
                if (m.getDueText() != null) {
                    due += " (\u201c" + m.getDueText() + "\u201d)";
                }
                Component status;
                if (editor) {
                    var select = new Select<MilestoneStatus>();
                    select.setItems(MilestoneStatus.values());
                    select.setItemLabelGenerator(PlanView::statusLabel);
                    select.setValue(m.getStatus());
                    select.setAriaLabel("Status of " + m.getTitle());
                    select.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            attempt(() -> plans.setMilestoneStatus(m.getId(), m.getVersion(), e.getValue()),
                                    "Milestone marked " + statusLabel(e.getValue()).toLowerCase(), ex -> select);
                        }
                    });
                    status = select;
                } else {
                    status = new Span(statusLabel(m.getStatus()));
                }
                addRow(table, new Span(due), new Span(m.getTitle()), status);
            }
            section.add(table);
        }
        if (editor) {
            var name = new TextField("Milestone");
            name.setWidth("24em");
            var due = new DatePicker("Due by");
            var words = new TextField("The record's words for when (optional)");
            var serves = new ComboBox<Object>("Serves (optional)");
            List<Object> targets = new java.util.ArrayList<>(d.themes());
            targets.addAll(d.recommendations());
            serves.setItems(targets);
            serves.setItemLabelGenerator(o -> o instanceof Theme t ? "Theme: " + t.getTitle()
                    : ((Recommendation) o).getKind() == Recommendation.Kind.AREA_FOR_IMPROVEMENT
                    ? "Area " + ((Recommendation) o).getNumber() : "Recommendation " + ((Recommendation) o).getNumber());
            var add = new Button("Add milestone", e -> attempt(() -> plans.addMilestone(planId, name.getValue(),
                    due.getValue(), words.getValue(), MilestoneStatus.PLANNED,
                    serves.getValue() instanceof Theme t ? t.getId() : null,
                    serves.getValue() instanceof Recommendation r ? r.getId() : null), "Milestone added", ex -> name));
            section.add(row(name, due, words, serves, add));
        }
        return section;
    }

    static String statusLabel(MilestoneStatus s) {
        return switch (s) {
            case PLANNED -> "Planned";
            case ACHIEVED -> "Achieved";
            case MISSED -> "Missed";
        };
    }

    // ---------------------------------------------------------------- measures

    private Component measures(PlanDetails d) {
        var section = section("Measures");
        if (d.measures().isEmpty()) {
            section.add(new Paragraph("No measures yet."));
        }
        for (Measure m : d.measures()) {
            var box = new Div(new H3(m.getName()));
            box.addClassName("plan-measure");
            box.add(new Paragraph("Baseline: " + figure(m.getBaseline(), m.getUnit()) + " · Target: "
                    + figure(m.getTarget(), m.getUnit())));
            if (m.getValues().isEmpty()) {
                box.add(new Paragraph("No readings yet."));
            } else {
                var table = table("Date", "Reading", "The record's words");
                for (MeasureValue v : m.getValues()) {
                    addRow(table, new Span(v.recordedOn() == null ? "Not dated" : PlanDates.day(v.recordedOn())),
                            new Span(figure(v.value(), m.getUnit())), new Span(v.note() == null ? "" : v.note()));
                }
                box.add(table);
            }
            if (editor) {
                var on = new DatePicker("Date");
                on.setAriaLabel("Date of the reading of " + m.getName());
                var value = new BigDecimalField("Reading");
                value.setAriaLabel("Reading of " + m.getName());
                var note = new TextField("Note (optional)");
                var add = new Button("Add reading", e -> attempt(() -> plans.addMeasureValue(m.getId(), on.getValue(),
                        value.getValue(), note.getValue()), "Reading added", ex -> value));
                box.add(row(on, value, note, add));
            }
            section.add(box);
        }
        if (editor) {
            var name = new TextField("New measure");
            name.setWidth("22em");
            var unit = new TextField("Unit");
            var baseline = new BigDecimalField("Baseline");
            var target = new BigDecimalField("Target");
            var add = new Button("Add measure", e -> attempt(() -> plans.addMeasure(planId, name.getValue(), unit.getValue(),
                    baseline.getValue(), target.getValue()), "Measure added", ex -> name));
            section.add(row(name, unit, baseline, target, add));
        }
        return section;
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a change; on refusal puts the message beside the field it concerns and keeps what was typed. */
    private void attempt(Supplier<?> change, String done, java.util.function.Function<RuntimeException, HasValidation> field) {
        try {
            change.get();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
            render();
        } catch (PlanConflict ex) {
            Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
            render();
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException | AccessDeniedException ex) {
            HasValidation f = field.apply(ex);
            f.setErrorMessage(ex.getMessage());
            f.setInvalid(true);
        }
    }

    private static java.util.function.Function<RuntimeException, HasValidation> fieldFor(TextField title, DatePicker to,
                                                                                            IntegerField counts) {
        return ex -> {
            if (ex instanceof InvalidField f && "to".equals(f.field())) {
                return to;
            }
            return ex.getMessage() != null && ex.getMessage().contains("count") ? counts : title;
        };
    }

    private void editText(String what, String current, java.util.function.Function<String, Object> save) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(what);
        var text = new TextArea("Text");
        text.setWidth("36em");
        text.setValue(current == null ? "" : current);
        text.setHelperText("Leave empty while the record has not given it.");
        dialog.add(text);
        var ok = new Button("Save", e -> {
            try {
                save.apply(text.getValue());
                dialog.close();
                render();
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                text.setErrorMessage(ex.getMessage());
                text.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private static Paragraph countNote(String what, int declared, int listed) {
        String text = "The record counts " + declared + " " + what + "; " + listed + " listed here"
                + (listed < declared ? ", " + (declared - listed) + " still to come." : ".");
        var p = new Paragraph(text);
        p.addClassName("plan-count");
        return p;
    }

    private static Span toCome() {
        var s = new Span("Text to come");
        s.addClassName("to-come");
        return s;
    }

    private static String figure(BigDecimal value, String unit) {
        if (value == null) {
            return "not given";
        }
        return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }

    private static String period(Plan plan) {
        if (plan.getPeriodFrom() == null && plan.getPeriodTo() == null) {
            return "";
        }
        return " · " + (plan.getPeriodFrom() == null ? "…" : PlanDates.day(plan.getPeriodFrom())) + " to "
                + (plan.getPeriodTo() == null ? "…" : PlanDates.day(plan.getPeriodTo()));
    }

    private static Section section(String heading) {
        var s = new Section(new H2(heading));
        s.addClassName("plan-section");
        return s;
    }

    private static HorizontalLayout row(Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    static NativeTable table(String... headings) {
        var head = new NativeTableRow();
        for (String h : headings) {
            if (h != null) {
                var th = new NativeTableHeaderCell(h);
                th.getElement().setAttribute("scope", "col");
                head.add(th);
            }
        }
        var table = new NativeTable(new NativeTableHeader(head), new NativeTableBody());
        table.addClassName("plan-table");
        return table;
    }

    static void addRow(NativeTable table, Component... cells) {
        var row = new NativeTableRow();
        for (Component c : cells) {
            if (c != null) {
                row.add(new NativeTableCell(c));
            }
        }
        table.getChildren().filter(NativeTableBody.class::isInstance).map(NativeTableBody.class::cast).findFirst()
                .orElseThrow().add(row);
    }
}
