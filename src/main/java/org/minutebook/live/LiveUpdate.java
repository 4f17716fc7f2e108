package org.minutebook.live;

import java.util.Set;
import org.minutebook.minutes.MeetingRecord;

/**
 * One immutable message about a meeting, built once per change (or per burst of changes) and shared by every
 * viewer. Views pick the record their viewer may see and re-render only the parts that differ.
 *
 * @param seq           increasing number of this update, also the public stream's event id
 * @param changedItems  items whose content changed (paragraphs added, edited, moved, deleted)
 * @param meetingLevel  whether the meeting's own state changed (status, current item, agenda, attendance, speakers)
 * @param actions       whether actions may have been recorded or changed (they are not part of the record)
 * @param publicRecord  what anonymous visitors may see
 * @param insiderRecord what members of the body may see (exempt items included)
 */
public record LiveUpdate(long meetingId, long seq, Set<Long> changedItems, boolean meetingLevel, boolean actions,
                         MeetingRecord publicRecord, MeetingRecord insiderRecord) {
}
