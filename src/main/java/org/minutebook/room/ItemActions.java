package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.minutebook.actions.Action;
import org.minutebook.actions.NewAction;
import org.minutebook.actions.PlanLink;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.people.Organisation;
import org.minutebook.people.Person;
import org.minutebook.shared.UkTime;
import org.springframework.security.access.AccessDeniedException;

/** The actions raised under the item, and the form for a new one (Alt+A). */
class ItemActions extends Section {

    private final ClerkServices s;
    private final long meetingId;
    private final long bodyId;
    private final PlanChoices plans;
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph("No actions from this item yet.");
    final Button newAction = new Button("New action (Alt+A)", e -> newAction());
    final Div formSlot = new Div();
    ActionForm form;
    private MeetingRecord.Item item;

    ItemActions(ClerkServices s, long meetingId, long bodyId) {
        this.s = s;
        this.meetingId = meetingId;
        this.bodyId = bodyId;
        this.plans = PlanChoices.of(s.plans(), bodyId);
        addClassName("clerk-actions");
        var heading = new H2("Actions from this item");
        heading.setId("clerk-actions-heading");
        getElement().setAttribute("aria-labelledby", "clerk-actions-heading");
        list.addClassName("clerk-action-list");
        none.addClassName("muted");
        add(heading, list, none, newAction, formSlot);
    }

    void show(MeetingRecord.Item next) {
        if (item == null || next == null || item.id() != next.id()) {
            close();
        }
        item = next;
        newAction.setEnabled(next != null);
        list.removeAll();
        if (next == null) {
            none.setVisible(false);
            return;
        }
        List<Action> actions = s.actions().actionsOfMeeting(meetingId).stream()
                .filter(a -> Objects.equals(a.getSourceItemId(), next.id())).toList();
        Map<Long, Person> people = s.people().peopleById(actions.stream().map(Action::getOwnerPersonId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Organisation> organisations = s.people().organisationsById(actions.stream()
                .map(Action::getOwnerOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        for (Action a : actions) {
            var text = new Span(a.getDescription());
            text.addClassName("action-text");
            var meta = new Span(String.join(" · ", facts(a, people, organisations)));
            meta.addClassName("muted");
            list.add(new ListItem(text, meta));
        }
        none.setVisible(actions.isEmpty());
        if (form != null) {
            form.paragraphs(next.paragraphs());
        }
    }

    boolean editing() {
        return form != null;
    }

    void newAction() {
        if (item == null) {
            return;
        }
        if (form != null) {
            form.description.focus();
            return;
        }
        form = new ActionForm(s.people().people(), s.people().organisations(), plans.all(), this::create, this::close);
        form.paragraphs(item.paragraphs());
        formSlot.add(form);
        newAction.setVisible(false);
        form.scrollIntoView();
    }

    private void create(ActionDetails d) {
        NewAction action = NewAction.of(bodyId, d.getDescription())
                .from(meetingId, item.id(), d.getSource() == null ? null : d.getSource().id());
        if (d.getOwnerPerson() != null) {
            action = action.ownedByPerson(d.getOwnerPerson().getId());
        } else if (d.getOwnerOrganisation() != null) {
            action = action.ownedByOrganisation(d.getOwnerOrganisation().getId());
        }
        action = switch (d.getDue()) {
            case DATE -> action.dueOn(d.getDueDate(), null);
            case NEXT_MEETING -> action.dueAtNextMeeting(null);
            case NONE -> action;
        };
        action = action.serving(d.getLinks().stream().map(PlanChoices.Choice::link).toArray(PlanLink[]::new));
        try {
            s.actions().create(action);
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            form.showError(e.getMessage());
            return;
        }
        ClerkMessages.done("Action recorded.");
        close();
        show(item);
        newAction.focus();
    }

    private void close() {
        form = null;
        formSlot.removeAll();
        newAction.setVisible(true);
    }

    private List<String> facts(Action a, Map<Long, Person> people, Map<Long, Organisation> organisations) {
        List<String> facts = new ArrayList<>();
        if (a.getOwnerPersonId() != null && people.containsKey(a.getOwnerPersonId())) {
            facts.add("Owner: " + people.get(a.getOwnerPersonId()).getName());
        } else if (a.getOwnerOrganisationId() != null && organisations.containsKey(a.getOwnerOrganisationId())) {
            facts.add("Owner: " + organisations.get(a.getOwnerOrganisationId()).getName());
        }
        switch (a.getDueKind()) {
            case DATE -> facts.add("Due: " + UkTime.date(a.getDueDate().atStartOfDay(UkTime.ZONE).toInstant(), ""));
            case NEXT_MEETING -> facts.add("Due: next meeting");
            case NONE -> { }
        }
        if (a.getSourceParagraphId() != null) {
            facts.add(item.paragraphs().stream().filter(p -> p.id() == a.getSourceParagraphId()).findFirst()
                    .map(p -> p.number() == null ? "From a minute of this item" : "From minute " + p.number())
                    .orElse("From a minute since deleted"));
        }
        a.getPlanLinks().forEach(l -> facts.add("Serves " + plans.label(l)));
        return facts;
    }
}
