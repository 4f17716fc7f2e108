package org.minutebook.room;

import java.util.List;
import java.util.Map;

/**
 * The actions a meeting has raised so far, by the item they came from, as of one live update. Read once for every
 * view of the meeting (values, not entities); each view shows only those of items whose content its viewer may see.
 *
 * @param seq the live update it was read for, or -1 when read outside an update
 */
record RaisedActions(long seq, Map<Long, List<Raised>> byItem) {

    /** One action as the room shows it: "Action: … — Owner: … — Due: …", and its status once progress moved it. */
    record Raised(long id, String description, String owner, String due, String status) {

        String line() {
            return "Action: " + description + (owner == null ? "" : " — Owner: " + owner) + (due == null ? "" : " — Due: " + due)
                    + (status == null ? "" : " — Status: " + status);
        }
    }

    List<Raised> of(long itemId) {
        return byItem.getOrDefault(itemId, List.of());
    }
}
