package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.numbering.NumberingEngine;
import org.minutebook.people.ClauseMarkStyle;

/**
 * A resolution's clauses as a list of text fields: add, remove, reorder. Each is labelled with its mark in the
 * body's style ("Clause b)"), which the numbering engine works out, so a reorder relabels them.
 */
class ClauseFields extends Div {

    private final ClauseMarkStyle style;
    private final NumberingEngine numbering = new NumberingEngine();
    final List<TextArea> fields = new ArrayList<>();
    final Div rows = new Div();
    final Paragraph error = new Paragraph();
    final Button add = new Button("Add clause (Alt+C)", e -> addClause().focus());

    ClauseFields(ClauseMarkStyle style) {
        this.style = style;
        addClassName("clerk-clauses");
        rows.addClassName("clause-rows");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.addThemeVariants(ButtonVariant.SMALL);
        add(rows, error, add);
    }

    void set(List<String> clauses) {
        fields.clear();
        clauses.forEach(c -> fields.add(field(c)));
        if (fields.isEmpty()) {
            fields.add(field(""));
        }
        render();
    }

    TextArea addClause() {
        TextArea f = field("");
        fields.add(f);
        render();
        return f;
    }

    List<String> values() {
        return fields.stream().map(TextArea::getValue).toList();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
    }

    private TextArea field(String value) {
        var f = new TextArea();
        f.setValue(value == null ? "" : value);
        f.setWidthFull();
        f.setMinRows(1);
        return f;
    }

    private void move(TextArea f, int delta) {
        int from = fields.indexOf(f);
        int to = from + delta;
        if (to < 0 || to >= fields.size()) {
            return;
        }
        fields.remove(from);
        fields.add(to, f);
        render();
    }

    private void remove(TextArea f) {
        fields.remove(f);
        render();
    }

    // The same field components move between rows, so what is typed stays put.
    private void render() {
        rows.removeAll();
        List<String> marks = numbering.clauseMarks(style, fields.size());
        for (int i = 0; i < fields.size(); i++) {
            TextArea f = fields.get(i);
            String name = "clause " + marks.get(i);
            f.setLabel("Clause " + marks.get(i));
            var up = icon(VaadinIcon.ARROW_UP, "Move " + name + " up", () -> move(f, -1));
            var down = icon(VaadinIcon.ARROW_DOWN, "Move " + name + " down", () -> move(f, 1));
            var remove = icon(VaadinIcon.CLOSE_SMALL, "Remove " + name, () -> remove(f));
            up.setEnabled(i > 0);
            down.setEnabled(i < fields.size() - 1);
            var tools = new Div(up, down, remove);
            tools.addClassName("clause-tools");
            var row = new Div(f, tools);
            row.addClassName("clause-row");
            rows.add(row);
        }
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        var b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }
}
