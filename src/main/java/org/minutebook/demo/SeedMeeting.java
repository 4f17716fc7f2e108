package org.minutebook.demo;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;

/**
 * Records one agenda item of a seed the way a clerk would, through the services: a meeting with no date,
 * venue or attendance (the seeds give none), the item and its papers, the agenda published, the meeting run
 * live while the minutes are written, closed, the minutes approved (numbers frozen) and published.
 */
final class SeedMeeting {

    /** A minute: a paragraph of restricted Markdown, or a resolution. */
    sealed interface Minute permits Paragraph, Resolution {
    }

    record Paragraph(String markdown) implements Minute {
    }

    /** The clauses without their marks: the numbering engine gives "a)" or "1." from the body's style. */
    record Resolution(String preamble, List<String> clauses) implements Minute {
    }

    record PaperText(String title, String author, String text) {
    }

    /** What was recorded, with the paragraphs' ids in order so actions can point at them. */
    record Recorded(long meetingId, long itemId, List<Long> paragraphIds) {

        /** The id of the paragraph at this position (0 for the first). */
        long paragraph(int index) {
            return paragraphIds.get(index);
        }
    }

    private final MeetingService meetings;
    private final ChairService chair;
    private final MinutesService minutes;

    SeedMeeting(MeetingService meetings, ChairService chair, MinutesService minutes) {
        this.meetings = meetings;
        this.chair = chair;
        this.minutes = minutes;
    }

    Recorded record(long bodyId, int firstItemNumber, ItemDetails details, List<PaperText> papers,
                    List<Minute> record, ItemOutcome outcome) {
        Meeting meeting = meetings.schedule(bodyId, null, null, firstItemNumber, false);
        AgendaItem item = meetings.addItem(meeting.getId(), details);
        papers.forEach(p -> meetings.addPaper(item.getId(), p.title(), p.author(), p.text()));
        meetings.publishAgenda(meeting.getId());

        chair.openMeeting(meeting.getId());
        chair.openItem(item.getId());
        List<Long> ids = new ArrayList<>();
        for (Minute minute : record) {
            ids.add(switch (minute) {
                case Paragraph p -> minutes.addParagraph(item.getId(), p.markdown()).getId();
                case Resolution r -> minutes.addResolution(item.getId(), r.preamble(), r.clauses()).getId();
            });
        }
        chair.completeItem(item.getId(), outcome);
        chair.closeMeeting(meeting.getId());

        minutes.approve(meeting.getId());
        minutes.publish(meeting.getId());
        return new Recorded(meeting.getId(), item.getId(), List.copyOf(ids));
    }
}
