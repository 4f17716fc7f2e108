package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/**
 * The speakers' queue in order, whoever has the floor first and marked, and the viewer's own button to ask for
 * the floor or withdraw their request. The button stays the same component as its words change, so it keeps
 * the keyboard focus.
 */
class SpeakersPanel extends Section {

    final OrderedList queue = new OrderedList();
    final Paragraph empty = new Paragraph("Nobody is waiting to speak.");
    final Button request = new Button("Request to speak");
    private List<Floor.Speaker> shown;
    private Optional<Floor.Speaker> mine = Optional.empty();
    /** Whether the button wears the primary theme; set only in {@link #show}. */
    private boolean primary;

    SpeakersPanel(Runnable onRequest, java.util.function.LongConsumer onWithdraw) {
        addClassNames("live-panel", "live-speakers");
        var heading = new H2("Speakers");
        heading.setId("live-speakers-heading");
        getElement().setAttribute("aria-labelledby", "live-speakers-heading");
        queue.addClassName("speaker-queue");
        request.addClassName("request-to-speak");
        request.addClickListener(e -> mine.ifPresentOrElse(s -> onWithdraw.accept(s.requestId()), onRequest));
        add(heading, request, empty, queue);
    }

    /**
     * @param viewerPersonId the viewer's person, to find their own request
     * @param mayRequest     whether the viewer may ask for the floor now (a member of the body, meeting live)
     */
    void show(Floor floor, Long viewerPersonId, boolean mayRequest) {
        mine = floor.requestOf(viewerPersonId);
        // Set only what differs: every update reaches every viewer, and an unchanged button need not be sent again.
        boolean visible = mayRequest || mine.isPresent();
        if (request.isVisible() != visible) {
            request.setVisible(visible);
        }
        String text = mine.isEmpty() ? "Request to speak" : "Withdraw my request";
        if (!text.equals(request.getText())) {
            request.setText(text);
        }
        // Remembered rather than read back: reading the theme parses the attribute, for every viewer on every update.
        if (primary != mine.isEmpty()) {
            primary = mine.isEmpty();
            request.getThemeNames().set(ButtonVariant.LUMO_PRIMARY.getVariantName(), primary);
        }
        if (floor.queue().equals(shown)) {
            return;
        }
        shown = floor.queue();
        empty.setVisible(shown.isEmpty());
        queue.setVisible(!shown.isEmpty());
        queue.removeAll();
        for (Floor.Speaker s : shown) {
            var li = new ListItem();
            li.addClassName("speaker");
            if (s.speaking()) {
                var floorLabel = new Span("Has the floor");
                floorLabel.addClassNames("badge", "live");
                li.add(floorLabel);
                li.addClassName("speaking");
            }
            li.add(new Span(s.name()));
            if (viewerPersonId != null && viewerPersonId.equals(s.personId())) {
                var you = new Span("(you)");
                you.addClassName("muted");
                li.add(you);
            }
            queue.add(li);
        }
    }

    List<String> names() {
        return shown == null ? List.of() : shown.stream().map(Floor.Speaker::name).toList();
    }
}
