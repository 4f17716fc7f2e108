package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * On the agenda editor of a meeting not yet held: the actions still open from the body's earlier meetings, offered
 * as the "Matters arising and action log" item. The clerk confirms before anything goes on the agenda.
 */
class MattersArisingOffer extends Div {

    private final MattersArisingService mattersArising;
    private final long meetingId;
    private final Runnable changed;
    final Paragraph summary = new Paragraph();
    final UnorderedList lines = new UnorderedList();
    final Button confirm = new Button("Add to \"" + StandardItem.MATTERS_ARISING.title() + "\"", e -> confirm());

    MattersArisingOffer(MattersArisingService mattersArising, long meetingId, Runnable changed) {
        this.mattersArising = mattersArising;
        this.meetingId = meetingId;
        this.changed = changed;
        addClassName("matters-arising-offer");
        add(new H3("Matters arising: open actions"), summary, lines, confirm);
    }

    void refresh() {
        List<String> offered = mattersArising.offer(meetingId);
        setVisible(!offered.isEmpty());
        lines.removeAll();
        offered.forEach(line -> lines.add(new ListItem(line)));
        boolean upToDate = mattersArising.listed(meetingId).equals(offered);
        summary.setText(offered.size() + (offered.size() == 1 ? " action is" : " actions are")
                + " still open from earlier meetings of this body. "
                + (upToDate ? "They are listed on the agenda under \"" + StandardItem.MATTERS_ARISING.title() + "\"."
                : "Add them to the agenda so the meeting hears progress on each. Items deferred or not reached are "
                + "offered below the agenda."));
        confirm.setVisible(!upToDate);
    }

    private void confirm() {
        try {
            mattersArising.confirm(meetingId);
            Messages.done("The open actions are on the agenda under \"" + StandardItem.MATTERS_ARISING.title() + "\".");
        } catch (IllegalStateException | AccessDeniedException e) {
            Messages.refused(e.getMessage());
        }
        refresh();
        changed.run();
    }
}
