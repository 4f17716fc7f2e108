package org.minutebook.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minutebook.live.LiveUpdate;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.SpeakerRequest;
import org.minutebook.people.AccountService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.UserAccount;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;
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

    RoomService(ChairService chair, CurrentViewer viewer, PeopleService people, AccountService accounts) {
        this.chair = chair;
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
