package org.minutebook.room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import java.util.concurrent.ConcurrentHashMap;
import org.minutebook.live.LiveUpdate;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.SpeakerRequest;
import org.minutebook.people.AccountService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.people.UserAccount;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.stereotype.Service;

/**
 * What the room's views read besides the record. A live update carries the record but not the speakers' queue
 * or the quorum, so the first view to handle an update reads them and every other view of the meeting reuses
 * that read: the database work per change stays the same however many people follow the meeting.
 */
@Service
class RoomService {

    private final ChairService chair;
    private final CurrentViewer viewer;
    private final PeopleService people;
    private final AccountService accounts;
    /** The newest floor read per meeting; one small entry per meeting followed since start-up. */
    private final Map<Long, Floor> latest = new ConcurrentHashMap<>();

    /** The newest actions read per meeting, like {@link #latest}. */
    private final Map<Long, RaisedActions> latestActions = new ConcurrentHashMap<>();
    private final ActionService actions;

    RoomService(ChairService chair, CurrentViewer viewer, PeopleService people, AccountService accounts,
                ActionService actions) {
        this.chair = chair;
        this.actions = actions;
        this.viewer = viewer;
        this.people = people;
        this.accounts = accounts;
    }

    /** The floor as it is now, e.g. when a view opens or after the viewer's own request. */
    Floor floor(long meetingId) {
        return read(meetingId, -1);
    }

    /** The floor as of an update, read once for all the meeting's views. */
    Floor floor(LiveUpdate update) {
        return latest.compute(update.meetingId(),
                (id, known) -> known != null && known.seq() >= update.seq() ? known : read(id, update.seq()));
    }

    /** The actions raised so far, e.g. when a view opens. */
    RaisedActions actions(long meetingId) {
        return readActions(meetingId, -1);
    }

    /** The actions as of an update, read once for all the meeting's views (any update may carry a new one). */
    RaisedActions actions(LiveUpdate update) {
        // Only an update that may have touched actions is worth a read; the others leave them as they were.
        return latestActions.compute(update.meetingId(),
                (id, known) -> known != null && (known.seq() >= update.seq() || !update.actions()) ? known
                        : readActions(id, update.seq()));
    }

    // Read for insiders (every action); each view keeps only those of items its viewer may see the content of.
    private RaisedActions readActions(long meetingId, long seq) {
        List<Action> raised = actions.actionsOfMeetingFor(meetingId, true);
        Map<Long, Person> owners = people.peopleById(raised.stream().map(Action::getOwnerPersonId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Organisation> organisations = people.organisationsById(raised.stream()
                .map(Action::getOwnerOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<RaisedActions.Raised>> byItem = new HashMap<>();
        for (Action a : raised) {
            if (a.getSourceItemId() == null) {
                continue;
            }
            String owner = a.getOwnerPersonId() != null && owners.containsKey(a.getOwnerPersonId())
                    ? owners.get(a.getOwnerPersonId()).getName()
                    : a.getOwnerOrganisationId() != null && organisations.containsKey(a.getOwnerOrganisationId())
                    ? organisations.get(a.getOwnerOrganisationId()).getName() : null;
            String due = switch (a.getDueKind()) {
                case DATE -> UkTime.date(a.getDueDate().atStartOfDay(UkTime.ZONE).toInstant(), "");
                case NEXT_MEETING -> "next meeting";
                case NONE -> a.getDueText();
            };
            byItem.computeIfAbsent(a.getSourceItemId(), id -> new ArrayList<>())
                    .add(new RaisedActions.Raised(a.getId(), a.getDescription(), owner, due,
                            a.getStatus() == ActionStatus.OPEN ? null : a.getStatus().name().toLowerCase().replace('_', ' ')));
        }
        byItem.replaceAll((id, list) -> List.copyOf(list));
        return new RaisedActions(seq, Map.copyOf(byItem));
    }

    /** The name other people see for the signed-in viewer: their person's name, else the account's. */
    String displayName() {
        Viewer me = viewer.get();
        if (me.personId() != null) {
            return people.person(me.personId()).getName();
        }
        return accounts.findByUsername(viewer.name()).map(UserAccount::getDisplayName).orElse(viewer.name());
    }

    private Floor read(long meetingId, long seq) {
        var queue = chair.speakers(meetingId).stream()
                .map(r -> new Floor.Speaker(r.getId(), r.getPersonId(), r.getName(),
                        r.getStatus() == SpeakerRequest.Status.SPEAKING))
                .toList();
        return new Floor(seq, chair.quorum(meetingId), queue);
    }
}
