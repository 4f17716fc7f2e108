package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Objects;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.people.HouseStyle;

/**
 * One item's minutes on the console: the numbered paragraphs and resolutions as the record has them, and the one
 * editor open at a time below them. Moving to another item closes the editor, keeping its draft.
 */
class ItemMinutes extends Section {

    private final ClerkServices s;
    private final HouseStyle style;
    private final Runnable changed;
    final H2 heading = new H2();
    final Div status = new Div();
    final Paragraph empty = new Paragraph("Nothing recorded under this item yet.");
    final ParagraphList list;
    final Button newParagraph = new Button("New paragraph (Alt+P)", e -> newParagraph());
    final Button newResolution = new Button("New resolution (Alt+C)", e -> newClause());
    final Div editorSlot = new Div();
    ParagraphEditor paragraphEditor;
    ResolutionEditor resolutionEditor;
    private MeetingRecord.Item item;

    ItemMinutes(ClerkServices s, long bodyId, Runnable changed) {
        this.s = s;
        this.style = s.people().body(bodyId).getHouseStyle();
        this.changed = changed;
        addClassName("clerk-minutes");
        heading.setId("clerk-item-heading");
        getElement().setAttribute("aria-labelledby", "clerk-item-heading");
        list = new ParagraphList(s, new ParagraphList.Handler() {
            public void edit(MeetingRecord.Paragraph p) {
                ItemMinutes.this.edit(p);
            }

            public void changed() {
                changed.run();
            }
        });
        var tools = new Div(newParagraph, newResolution);
        tools.addClassName("clerk-tools");
        empty.addClassName("muted");
        add(heading, status, empty, list, tools, editorSlot);
    }

    /** Shows this item's record; a different item first closes any editor (its draft stays on the server). */
    void show(MeetingRecord.Item next) {
        boolean otherItem = item == null || next == null || item.id() != next.id();
        if (otherItem) {
            closeEditor(true);
        }
        item = next;
        if (next == null) {
            heading.setText("No items on this agenda");
            status.removeAll();
            list.show(java.util.List.of());
            empty.setVisible(false);
            newParagraph.setEnabled(false);
            newResolution.setEnabled(false);
            return;
        }
        heading.setText(next.heading());
        status.removeAll();
        status.add(StatusBadge.of(next.status()));
        if (!Objects.equals(list.shown(), next.paragraphs())) {
            list.show(next.paragraphs());
        }
        empty.setVisible(next.paragraphs().isEmpty());
        newParagraph.setEnabled(true);
        newResolution.setEnabled(true);
    }

    boolean editing() {
        return paragraphEditor != null || resolutionEditor != null;
    }

    /** Alt+P: a new paragraph, unless one is being written (then back to it). */
    void newParagraph() {
        if (item == null) {
            return;
        }
        if (paragraphEditor != null) {
            paragraphEditor.text.focus();
            return;
        }
        open(new ParagraphEditor(s, item.id(), null, null, this::saved));
    }

    /** Alt+C: another clause of the resolution being written, or a new resolution. */
    void newClause() {
        if (item == null) {
            return;
        }
        if (resolutionEditor != null) {
            resolutionEditor.clauses.addClause().focus();
            return;
        }
        open(new ResolutionEditor(s, style, item.id(), null, null, this::saved));
    }

    private void edit(MeetingRecord.Paragraph p) {
        MinuteParagraph stored = s.minutes().paragraph(p.id());
        if (p.resolution()) {
            open(new ResolutionEditor(s, style, item.id(), stored, p.number(), this::saved));
        } else {
            open(new ParagraphEditor(s, item.id(), stored, p.number(), this::saved));
        }
    }

    private void open(Section editor) {
        closeEditor(true);
        if (editor instanceof ParagraphEditor pe) {
            paragraphEditor = pe;
        } else {
            resolutionEditor = (ResolutionEditor) editor;
        }
        editorSlot.add(editor);
        editor.scrollIntoView();
    }

    /** Closes the open editor; {@code keepDraft} saves what is typed first, so nothing is lost. */
    void closeEditor(boolean keepDraft) {
        if (paragraphEditor != null && keepDraft) {
            paragraphEditor.keepDraft();
        }
        paragraphEditor = null;
        resolutionEditor = null;
        editorSlot.removeAll();
    }

    private void saved() {
        closeEditor(false);
        changed.run();
        newParagraph.focus();
    }
}
