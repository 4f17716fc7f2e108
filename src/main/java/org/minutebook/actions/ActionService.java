package org.minutebook.actions;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.AccountService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.people.UserAccount;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.ActionFacts;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.ItemFacts;
import org.minutebook.security.MeetingFacts;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions and their progress. The body's clerk records actions (as part of the minutes); the owner, an officer
 * of the owning organisation, or the clerk reports progress; reads are filtered by
 * {@link AccessPolicy#canSeeAction}, which for the public follows what they may see of the source minutes.
 *
 * <p>Depends on meetings (for the facts the policy needs) but not on the minutes or the plan: the clerk's
 * console in minutes/ and the plan's roll-up can then call in here without a cycle. So the source paragraph
 * and the plan links are held by id; the database keeps the paragraph id real.
 */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;
    private final ActionUpdateRepository updates;
    private final MeetingService meetings;
    private final PeopleService people;
    private final AccountService accounts;
    private final CurrentViewer viewer;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActionService(ActionRepository actions, ActionUpdateRepository updates, MeetingService meetings,
                  PeopleService people, AccountService accounts, CurrentViewer viewer, Validator validator, Clock clock,
                  ApplicationEventPublisher events) {
        this.actions = actions;
        this.updates = updates;
        this.meetings = meetings;
        this.people = people;
        this.accounts = accounts;
        this.viewer = viewer;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /** One action, if the viewer may see it. */
    public Action action(long actionId) {
        Action action = find(actionId);
        if (!AccessPolicy.canSeeAction(viewer.get(), new FactsCache().of(action))) {
            throw new AccessDeniedException("You may not see this action");
        }
        return action;
    }

    /** The actions a meeting's minutes raised, in the order recorded, as far as the viewer may see them. */
    public List<Action> actionsOfMeeting(long meetingId) {
        return visible(actions.findBySourceMeetingIdOrderByIdAsc(meetingId));
    }

    /**
     * The actions a meeting raised for an audience rather than for the signed-in viewer, as the live layer reads them
     * once per change for everyone following the meeting (like {@code MinutesService.recordFor}): insiders see them
     * all; everyone else only those of items that are not exempt. Never used to answer one person's request.
     */
    public List<Action> actionsOfMeetingFor(long meetingId, boolean insider) {
        List<Action> raised = actions.findBySourceMeetingIdOrderByIdAsc(meetingId);
        if (insider) {
            return raised;
        }
        var exempt = meetings.itemsOf(meetingId).stream().filter(AgendaItem::isExempt).map(AgendaItem::getId)
                .collect(java.util.stream.Collectors.toSet());
        return raised.stream().filter(a -> !exempt.contains(a.getSourceItemId())).toList();
    }

    /** A body's actions, in the order recorded, as far as the viewer may see them. */
    public List<Action> actionsOfBody(long bodyId) {
        return visible(actions.findByBodyIdOrderByIdAsc(bodyId));
    }

    /** The progress reported on an action, oldest first. */
    public List<ActionUpdate> updates(long actionId) {
        action(actionId);
        return updates.findByActionIdOrderByOnDateAscIdAsc(actionId);
    }

    /** Whether the viewer may report progress on the action (views use it only to hide what would be refused). */
    public boolean canReportProgress(long actionId) {
        return AccessPolicy.canUpdateActionProgress(viewer.get(), new FactsCache().of(find(actionId)));
    }

    // ---------------------------------------------------------------- writing

    /** Records an action: the clerk's job, as part of the body's minutes. */
    @Transactional
    public Action create(NewAction details) {
        Body body = people.body(details.bodyId());
        if (!AccessPolicy.canRecordMinutes(viewer.get(), body.getId())) {
            throw new AccessDeniedException("You may not record actions of this body");
        }
        var action = new Action(body.getId(), details.description() == null ? null : details.description().strip());
        action.setOwner(details.ownerPersonId(), details.ownerOrganisationId());
        checkOwner(details);
        action.setDue(details.dueKind(), details.dueDate(), blankToNull(details.dueText()));
        checkSource(details);
        action.setSource(details.sourceMeetingId(), details.sourceItemId(), details.sourceParagraphId());
        action.getPlanLinks().addAll(details.planLinks());
        validate(action);
        Action saved = actions.save(action);
        recorded(saved);
        return saved;
    }

    /**
     * Reports progress, optionally moving the action to a new status (null, or the status it has, keeps it).
     * Signed with the reporter's name and dated today (UK time).
     */
    @Transactional
    public ActionUpdate addUpdate(long actionId, String text, ActionStatus newStatus) {
        Action action = find(actionId);
        Viewer v = viewer.get();
        if (!AccessPolicy.canUpdateActionProgress(v, new FactsCache().of(action))) {
            throw new AccessDeniedException("You may not report progress on this action");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Say what has happened");
        }
        ActionStatus change = newStatus == null || newStatus == action.getStatus() ? null : newStatus;
        if (change != null) {
            action.setStatus(change);
        }
        var update = new ActionUpdate(actionId, LocalDate.now(clock.withZone(UkTime.ZONE)), authorName(), text.strip(), change);
        validate(update);
        ActionUpdate saved = updates.save(update);
        recorded(action);
        return saved;
    }

    // ---------------------------------------------------------------- rules

    private void recorded(Action action) {
        events.publishEvent(new ActionChanged(action.getId(), action.getBodyId()));
        if (action.getSourceMeetingId() != null && action.getSourceItemId() != null) {
            events.publishEvent(new ActionRecorded(action.getSourceMeetingId(), action.getId(), action.getSourceItemId()));
        }
    }

    private Action find(long actionId) {
        return actions.findWithLinksById(actionId).orElseThrow(() -> new NoSuchElementException("No action " + actionId));
    }

    private List<Action> visible(List<Action> list) {
        Viewer v = viewer.get();
        FactsCache facts = new FactsCache();
        return list.stream().filter(a -> AccessPolicy.canSeeAction(v, facts.of(a))).toList();
    }

    private void checkOwner(NewAction details) {
        if (details.ownerPersonId() != null) {
            people.person(details.ownerPersonId());
        }
        if (details.ownerOrganisationId() != null && people.organisation(details.ownerOrganisationId()).isEmpty()) {
            throw new NoSuchElementException("No organisation " + details.ownerOrganisationId());
        }
    }

    // The source must hang together: an item of that meeting, a meeting of this body.
    private void checkSource(NewAction details) {
        Long meetingId = details.sourceMeetingId();
        Long itemId = details.sourceItemId();
        if ((meetingId == null) != (itemId == null)) {
            throw new IllegalArgumentException("Give both the meeting and the item an action comes from, or neither");
        }
        if (details.sourceParagraphId() != null && itemId == null) {
            throw new IllegalArgumentException("A minute paragraph belongs to an item: give the item too");
        }
        if (meetingId == null) {
            return;
        }
        Meeting meeting = meetings.meeting(meetingId);
        if (meeting.getBodyId() != details.bodyId()) {
            throw new IllegalArgumentException("That meeting belongs to another body");
        }
        if (!meetings.item(itemId).getMeetingId().equals(meetingId)) {
            throw new IllegalArgumentException("That item is on another meeting's agenda");
        }
    }

    private String authorName() {
        String username = viewer.name();
        return accounts.findByUsername(username).map(UserAccount::getDisplayName).filter(n -> !n.isBlank()).orElse(username);
    }

    private void validate(Object bean) {
        var violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.iterator().next().getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds the policy's facts, reading each body, meeting and agenda once however many actions share them. */
    private final class FactsCache {
        private final Map<Long, Boolean> trackerPublic = new HashMap<>();
        private final Map<Long, MeetingFacts> meetingFacts = new HashMap<>();
        private final Map<Long, Map<Long, ItemFacts>> itemFacts = new HashMap<>();

        ActionFacts of(Action a) {
            boolean publicTracker = trackerPublic.computeIfAbsent(a.getBodyId(), id -> people.body(id).isPublicActionTracker());
            MeetingFacts meeting = null;
            ItemFacts item = null;
            if (a.getSourceMeetingId() != null) {
                meeting = meetingFacts.computeIfAbsent(a.getSourceMeetingId(), id -> MeetingService.facts(meetings.meeting(id)));
                item = itemFacts.computeIfAbsent(a.getSourceMeetingId(), this::itemsOf).get(a.getSourceItemId());
            }
            return new ActionFacts(a.getBodyId(), a.getOwnerPersonId(), a.getOwnerOrganisationId(), publicTracker, meeting, item);
        }

        private Map<Long, ItemFacts> itemsOf(long meetingId) {
            Map<Long, ItemFacts> byId = new HashMap<>();
            for (AgendaItem item : meetings.itemsOf(meetingId)) {
                byId.put(item.getId(), MeetingService.facts(item));
            }
            return byId;
        }
    }
}
