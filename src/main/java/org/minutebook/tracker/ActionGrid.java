package org.minutebook.tracker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.DueState;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The action log as a lazy grid: each page is one database query through {@link ActionService#search} (the count
 * another), so it scrolls through thousands of actions without reading them all. Overdue and due-soon actions
 * carry the words "Overdue" and "Due soon", not only a colour.
 */
class ActionGrid extends Grid<ActionRow> {

    static final int PAGE_SIZE = 50;

    ActionGrid(ActionService actions, ActionRows rows, Supplier<ActionFilter> filter) {
        super(PAGE_SIZE);
        addClassName("action-grid");
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        addColumn(ActionRow::id).setHeader("Ref").setSortProperty("id").setAutoWidth(true).setFlexGrow(0);
        // Widths so that a 1280-pixel screen reads every column; narrower screens scroll the grid sideways.
        addColumn(ActionRow::description).setHeader("Action").setWidth("16rem").setFlexGrow(3);
        addColumn(ActionRow::owner).setHeader("Owner").setWidth("9rem").setFlexGrow(1);
        addComponentColumn(ActionGrid::due).setHeader("Due").setSortProperty("dueDate").setWidth("10rem").setFlexGrow(1);
        addColumn(ActionRow::statusLabel).setHeader("Status").setSortProperty("status").setWidth("7rem").setFlexGrow(0);
        addComponentColumn(ActionGrid::source).setHeader("From").setWidth("14rem").setFlexGrow(2);
        addColumn(r -> r.serves().isEmpty() ? "—" : r.serves()).setHeader("Serves").setWidth("12rem").setFlexGrow(2);
        setItems(query -> {
            List<Sort.Order> orders = new ArrayList<>();
            for (QuerySortOrder o : query.getSortOrders()) {
                orders.add(o.getDirection() == SortDirection.DESCENDING ? Sort.Order.desc(o.getSorted()) : Sort.Order.asc(o.getSorted()));
            }
            if (orders.isEmpty()) {
                orders.add(Sort.Order.asc("dueDate")); // until a column is sorted: the most pressing first
            }
            orders.add(Sort.Order.desc("id"));
            var page = actions.search(filter.get(), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(orders)));
            return rows.rows(page.getContent()).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, actions.count(filter.get())));
    }

    /** Adds a last column with a button per row, e.g. "Progress" opening the action. */
    void addOpenColumn(String text, java.util.function.Consumer<ActionRow> open) {
        addComponentColumn(r -> {
            var b = new Button(text, e -> open.accept(r));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.getElement().setAttribute("aria-label", text + ": action " + r.id());
            return b;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }

    static Div due(ActionRow r) {
        var d = new Div(new Span(r.due()));
        if (r.dueState() == DueState.OVERDUE || r.dueState() == DueState.DUE_SOON) {
            var flag = new Span(r.dueState().label());
            flag.addClassNames("badge", r.dueState() == DueState.OVERDUE ? "overdue" : "due-soon");
            d.add(new Span(" "), flag);
        }
        return d;
    }

    static com.vaadin.flow.component.Component source(ActionRow r) {
        return r.sourcePath() == null ? new Span(r.source()) : new Anchor(r.sourcePath(), r.source());
    }
}
