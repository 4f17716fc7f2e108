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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    /**
     * One page of the actions the viewer may see, narrowed by the filter: visibility, filter, paging and the count
     * all run in the database (indexes in V20), so the list stays quick with tens of thousands of actions.
     * Signed-in viewers only; the public read a body's public tracker instead.
     */
    public Page<Action> search(ActionFilter filter, Pageable pageable) {
        Viewer v = signedIn();
        // Unless asked otherwise, the most pressing first: the earliest due date (so overdue actions lead), then the
        // newest.
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.asc("dueDate"), Sort.Order.desc("id")));
        Page<Action> page = actions.findAll(ActionSpecs.of(v, filter), ordered);
        Map<Long, Action> withLinks = new HashMap<>();
        actions.findWithLinksByIdIn(page.map(Action::getId).getContent()).forEach(a -> withLinks.put(a.getId(), a));
        return page.map(a -> withLinks.get(a.getId()));
    }

    /** How many actions the filter gives the viewer (for a lazy grid's size). */
    public long count(ActionFilter filter) {
        return actions.count(ActionSpecs.of(signedIn(), filter));
    }

    /** Today in the UK, against which "overdue" and "due soon" are judged. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    /** Whether the viewer may report progress on (and change the status of) this action. */
    public boolean canUpdate(Action action) {
        return AccessPolicy.canUpdateActionProgress(viewer.get(), new FactsCache().of(action));
    }

    /**
     * The matters arising at a meeting: every action of its body still open that an earlier (other) meeting
     * raised, as far as the viewer may see them. Oldest first.
     */
    public List<Action> openFromEarlierMeetings(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        return visible(actions.findOpenOfBodyRaisedElsewhere(meeting.getBodyId(), meetingId));
    }

    /**
     * A body's public action tracker, as anyone may read it: nothing unless the body has made its tracker public,
     * and never an action from an exempt (Part II) item or from minutes the public may not read yet.
     */
    public List<Action> publicTracker(long bodyId) {
        if (!people.body(bodyId).isPublicActionTracker()) {
            return List.of();
        }
        FactsCache facts = new FactsCache();
        return actions.findByBodyIdOrderByIdAsc(bodyId).stream()
                .filter(a -> AccessPolicy.canSeeAction(Viewer.anonymous(), facts.of(a))).toList();
    }

    /** For the reminders (a system job, no viewer): open actions with an owner due on or before the date. */
    List<Action> openOwnedDueBy(LocalDate by) {
        return actions.findOpenOwnedDueBy(by);
    }

    /** For the reminders (a system job, no viewer). */
    java.util.Optional<Action> actionForSystem(long actionId) {
        return actions.findWithLinksById(actionId);
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
        if (saved.getOwnerPersonId() != null || saved.getOwnerOrganisationId() != null) {
            events.publishEvent(new ActionAssigned(saved.getId()));
        }
        return saved;
    }

    /**
     * Reports progress, optionally moving the action to a new status (null, or the status it has, keeps it).
     * Signed with the reporter's name and dated today (UK time).
     */
    @Transactional
    public ActionUpdate addUpdate(long actionId, String text, ActionStatus newStatus) {
        return report(find(actionId), null, text, newStatus, null, null);
    }

    /**
     * Reports progress as {@link #addUpdate(long, String, ActionStatus)}, against the version of the action the
     * user was looking at: a status change on an action someone else changed meanwhile is refused (the user sees
     * theirs and decides again), never applied over the other. A note alone is added whatever the version, since
     * notes only add to the history. With a status change the note may be left empty.
     */
    @Transactional
    public ActionUpdate addUpdate(long actionId, long expectedVersion, String text, ActionStatus newStatus) {
        return report(find(actionId), expectedVersion, text, newStatus, null, null);
    }

    /**
     * Progress reported at a meeting, under its "Matters arising and action log" item: the body's clerk records it
     * as the meeting hears it, and the action's history says where it was reported.
     */
    @Transactional
    public ActionUpdate recordAtMeeting(long actionId, long expectedVersion, long meetingId, long itemId, String text,
                                        ActionStatus newStatus) {
        Action action = find(actionId);
        Meeting meeting = meetings.meeting(meetingId);
        if (!viewer.get().clerkOf(action.getBodyId())) {
            throw new AccessDeniedException("Only the clerk of this body records progress at its meetings");
        }
        if (meeting.getBodyId() != action.getBodyId()) {
            throw new IllegalArgumentException("That meeting belongs to another body");
        }
        if (!meetings.item(itemId).getMeetingId().equals(meetingId)) {
            throw new IllegalArgumentException("That item is on another meeting's agenda");
        }
        return report(action, expectedVersion, text, newStatus, meetingId, itemId);
    }

    private ActionUpdate report(Action action, Long expectedVersion, String text, ActionStatus newStatus,
                                Long meetingId, Long itemId) {
        Viewer v = viewer.get();
        if (!AccessPolicy.canUpdateActionProgress(v, new FactsCache().of(action))) {
            throw new AccessDeniedException("You may not report progress on this action");
        }
        ActionStatus change = newStatus == null || newStatus == action.getStatus() ? null : newStatus;
        if (change != null && expectedVersion != null && expectedVersion != action.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Action.class, action.getId());
        }
        String said = text == null ? "" : text.strip();
        if (said.isEmpty()) {
            if (change == null || expectedVersion == null) {
                throw new IllegalArgumentException("Say what has happened");
            }
            said = "Status changed to " + label(change) + ".";
        }
        if (change != null) {
            action.setStatus(change);
        }
        var update = new ActionUpdate(action.getId(), today(), authorName(), said, change);
        update.reportedAt(meetingId, itemId);
        validate(update);
        ActionUpdate saved = updates.save(update);
        recorded(action);
        events.publishEvent(new ActionChanged(action.getId(), action.getBodyId(), action.getStatus()));
        return saved;
    }

    /** A status as people say it: "In progress". */
    public static String label(ActionStatus status) {
        String s = status.name().replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- rules

    private void recorded(Action action) {
        if (action.getSourceMeetingId() != null && action.getSourceItemId() != null) {
            events.publishEvent(new ActionRecorded(action.getSourceMeetingId(), action.getId(), action.getSourceItemId()));
        }
    }

    private Viewer signedIn() {
        Viewer v = viewer.get();
        if (v.isAnonymous()) {
            throw new AccessDeniedException("Sign in to see the actions list");
        }
        return v;
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
