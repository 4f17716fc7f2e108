package org.minutebook.room;

import java.util.List;
import java.util.Optional;
import org.minutebook.meeting.Quorum;

/**
 * Who may speak and whether the meeting can decide, as of one live update: the quorum and the speakers' queue
 * (whoever has the floor first, then everyone waiting in the order they asked). Shared by every view of the
 * meeting, so it holds values, not entities.
 *
 * @param seq the live update it was read for, or -1 when read outside an update
 */
record Floor(long seq, Quorum quorum, List<Speaker> queue) {

    record Speaker(long requestId, Long personId, String name, boolean speaking) {
    }

    /** The person's own request in the queue, if they have one. */
    Optional<Speaker> requestOf(Long personId) {
        return personId == null ? Optional.empty()
                : queue.stream().filter(s -> personId.equals(s.personId())).findFirst();
    }
}
