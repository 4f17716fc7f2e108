package org.minutebook.room;

import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;

/** What the chair's console panels call, for one meeting; each panel calls back {@code changed} after a command. */
record ChairServices(long meetingId, long bodyId, ChairService chair, MeetingService meetings, MinutesService minutes,
                     PeopleService people, Runnable changed) {
}
