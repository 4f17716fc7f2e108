package org.minutebook.meeting;

import java.util.List;

/**
 * The open actions a meeting should hear about under "Matters arising and action log", one line each, as the
 * public agenda may show them. Implemented outside this feature (the action tracker), which already depends on
 * meetings: this interface keeps the dependency one way.
 */
public interface OpenActionLog {

    /** One line per action of the meeting's body still open from an earlier meeting, oldest first. */
    List<String> openActionLines(long meetingId);
}
