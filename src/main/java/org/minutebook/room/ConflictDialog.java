package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * A second clerk saved the same paragraph while this one was editing it. Both texts side by side, and the clerk
 * decides: keep theirs, put mine on top (explicitly), or merge by hand. Nothing is overwritten without a choice.
 */
class ConflictDialog extends Dialog {

    final Pre mine;
    final Pre theirs;
    final H3 theirsHeading;
    final Button keepTheirs;
    final Button useMine;
    final Button edit;

    ConflictDialog(String what, String myText, String theirText, String theirAuthor, String theirTime,
                   Runnable onKeepTheirs, Runnable onUseMine, Runnable onEdit) {
        setHeaderTitle("Someone else saved " + what + " while you were editing it");
        addClassName("clerk-conflict");
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);
        mine = new Pre(myText);
        theirs = new Pre(theirText);
        theirsHeading = new H3("Saved meanwhile by " + theirAuthor + " at " + theirTime);
        var left = new Div(new H3("Your text"), mine);
        var right = new Div(theirsHeading, theirs);
        var sides = new Div(left, right);
        sides.addClassName("side-by-side");
        add(new Paragraph("Nothing has been overwritten. Choose what the minutes should say."), sides);

        keepTheirs = new Button("Keep theirs", e -> {
            close();
            onKeepTheirs.run();
        });
        useMine = new Button("Use mine", e -> {
            close();
            onUseMine.run();
        });
        useMine.addThemeVariants(ButtonVariant.PRIMARY);
        edit = new Button("Edit: merge by hand", e -> {
            close();
            onEdit.run();
        });
        keepTheirs.setTooltipText("Discard your text; the minutes keep what was saved meanwhile");
        useMine.setTooltipText("Save your text on top of the version saved meanwhile");
        edit.setTooltipText("Go back to the editor with your text, and theirs shown beside it");
        getFooter().add(keepTheirs, edit, useMine);
    }
}
