package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/** One line of the agenda editor: "14. Title", its state, and the clerk's buttons for it. */
class AgendaRow extends ListItem {

    final MeetingService.NumberedItem item;
    final Span heading;
    final Button edit = new Button("Edit");
    final Button up = new Button("Move up");
    final Button down = new Button("Move down");
    final Button remove = new Button("Remove");
    final Button papers = new Button("Papers");

    AgendaRow(MeetingService.NumberedItem item, boolean first, boolean last, boolean movable, boolean removable) {
        this.item = item;
        addClassName("agenda-row");
        heading = new Span(item.heading());
        heading.addClassName("agenda-row-title");
        var facts = new Span(StatusBadge.of(item.status()));
        facts.addClassName("badges");
        if (item.details().isExempt()) {
            var exempt = new Span(item.details().getExemptParagraph() == null ? "Exempt"
                    : "Exempt (paragraph " + item.details().getExemptParagraph() + ")");
            exempt.addClassNames("badge", "exempt");
            facts.add(exempt);
        }
        if (item.standardItem() != null) {
            var standard = new Span("Standard item");
            standard.addClassNames("badge", "standard");
            facts.add(standard);
        }
        String title = item.details().getTitle();
        edit.setAriaLabel("Edit " + title);
        up.setAriaLabel("Move " + title + " up");
        down.setAriaLabel("Move " + title + " down");
        remove.setAriaLabel("Remove " + title);
        papers.setAriaLabel("Papers of " + title);
        remove.addThemeVariants(ButtonVariant.ERROR);
        up.setEnabled(movable && !first);
        down.setEnabled(movable && !last);
        remove.setVisible(removable);
        for (Button b : new Button[] {edit, papers, up, down, remove}) {
            b.addThemeVariants(ButtonVariant.SMALL);
        }
        var actions = new Div(edit, papers, up, down, remove);
        actions.addClassName("agenda-row-actions");
        var text = new Div(heading, facts);
        text.addClassName("agenda-row-text");
        add(text, actions);
    }
}
