package org.minutebook.room;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The console's keyboard shortcuts, written where the clerk can find them. */
class ShortcutHelp extends Aside {

    private static final String[][] SHORTCUTS = {
        {"Alt+P", "new paragraph"},
        {"Alt+C", "new resolution, or another clause"},
        {"Alt+A", "new action"},
        {"Ctrl+Enter", "save what you are editing"},
        {"Alt+N", "open the next item (for the chair)"},
    };

    ShortcutHelp() {
        addClassName("clerk-shortcuts");
        getElement().setAttribute("aria-labelledby", "clerk-shortcuts-heading");
        var heading = new H2("Keyboard shortcuts");
        heading.setId("clerk-shortcuts-heading");
        var list = new UnorderedList();
        for (String[] row : SHORTCUTS) {
            var key = new Span(row[0]);
            key.addClassName("kbd");
            list.add(new ListItem(key, new Span(" " + row[1])));
        }
        add(heading, list);
    }
}
