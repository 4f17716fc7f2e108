package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.meeting.SpeakerRequest;
import org.minutebook.security.MeetingStatus;

/**
 * The speakers' queue: whoever has the floor, then everyone waiting in the order they asked. The chair gives the
 * floor or removes a request, and can add someone who is not a member by name (seed 003: "The Chairman allowed
 * Councillor Vickery, who was not a Board Member, to address the Board").
 */
class ChairSpeakersPanel extends Div {

    private final ChairServices s;
    final OrderedList queue = new OrderedList();
    final Map<Long, Line> lines = new LinkedHashMap<>();
    final Paragraph empty = new Paragraph("No one has asked to speak.");
    final TextField name = new TextField("Name of a speaker who is not a member");
    final Button add = new Button("Add speaker", e -> addSpeaker());

    /** One request in the queue, updated in place. */
    static final class Line extends ListItem {
        final Span who = new Span();
        final Span floor = new Span("Has the floor");
        final Button give = new Button("Give the floor");
        final Button remove = new Button("Remove");

        Line() {
            addClassName("speaker-line");
            floor.addClassNames("badge", "live");
            give.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            remove.addThemeVariants(ButtonVariant.SMALL);
            var text = new Span(who, floor);
            text.addClassName("speaker-who");
            var actions = new Div(give, remove);
            actions.addClassName("agenda-row-actions");
            add(text, actions);
        }

        void show(SpeakerRequest r, boolean live) {
            who.setText(r.getName() + (r.getPersonId() == null ? " (not a member)" : ""));
            boolean speaking = r.getStatus() == SpeakerRequest.Status.SPEAKING;
            floor.setVisible(speaking);
            setClassName("speaking", speaking);
            give.setVisible(live && !speaking);
            remove.setVisible(live);
            remove.setText(speaking ? "Finished" : "Remove");
            give.setAriaLabel("Give the floor to " + r.getName());
            remove.setAriaLabel((speaking ? "Finished: " : "Remove ") + r.getName());
        }
    }

    ChairSpeakersPanel(ChairServices services) {
        this.s = services;
        addClassName("speakers");
        queue.addClassName("speaker-queue");
        empty.addClassName("muted");
        name.setMaxLength(200);
        name.addValueChangeListener(e -> name.setInvalid(false));
        var form = new Div(name, add);
        form.addClassName("inline-form");
        add(queue, empty, form);
    }

    void refresh(MeetingStatus status) {
        boolean live = status == MeetingStatus.LIVE;
        List<SpeakerRequest> requests = s.chair().speakers(s.meetingId());
        List<Long> ids = requests.stream().map(SpeakerRequest::getId).toList();
        // Keep lines attached unless the order of those still queued changed (someone was given the floor).
        List<Long> kept = lines.keySet().stream().filter(ids::contains).toList();
        if (!ids.stream().filter(kept::contains).toList().equals(kept)) {
            queue.removeAll();
            lines.clear();
        }
        lines.keySet().removeIf(id -> {
            if (!ids.contains(id)) {
                queue.remove(lines.get(id));
                return true;
            }
            return false;
        });
        for (int i = 0; i < requests.size(); i++) {
            SpeakerRequest r = requests.get(i);
            Line line = lines.get(r.getId());
            if (line == null) {
                line = newLine(r.getId());
                queue.addComponentAtIndex(i, line);
                lines.put(r.getId(), line);
            }
            line.show(r, live);
        }
        var ordered = new LinkedHashMap<Long, Line>();
        ids.forEach(id -> ordered.put(id, lines.get(id)));
        lines.clear();
        lines.putAll(ordered);
        empty.setVisible(requests.isEmpty());
        empty.setText(live ? "No one has asked to speak." : "Members can ask to speak once the meeting is live.");
        name.setVisible(live);
        add.setVisible(live);
    }

    private Line newLine(long requestId) {
        var line = new Line();
        line.give.addClickListener(e -> {
            if (ChairFeedback.attempt(() -> s.chair().giveFloor(requestId), null)) {
                s.changed().run();
                var now = lines.get(requestId);
                if (now != null) {
                    now.remove.focus();
                }
            }
        });
        line.remove.addClickListener(e -> {
            if (ChairFeedback.attempt(() -> s.chair().removeRequest(requestId), null)) {
                s.changed().run();
                lines.values().stream().findFirst().map(l -> l.give.isVisible() ? l.give : l.remove)
                        .ifPresentOrElse(Button::focus, name::focus);
            }
        });
        return line;
    }

    private void addSpeaker() {
        try {
            s.chair().addSpeaker(s.meetingId(), name.getValue());
        } catch (IllegalArgumentException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
            name.focus();
            return;
        } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException e) {
            ChairFeedback.refused(e.getMessage());
            return;
        }
        name.clear();
        s.changed().run();
    }
}
