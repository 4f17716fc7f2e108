package org.minutebook.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.meeting.Meeting;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.Role;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.Viewer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the immutable snapshots of published minutes. Each version stores the assembled record twice —
 * as the public see it and as the body's insiders see it — so reading a version is one row and one JSON parse, with no
 * joins and no access decisions left to make beyond choosing which of the two to give.
 */
@Component
class MinutesVersions {

    private final MinutesVersionRepository versions;
    private final RecordAssembler assembler;
    private final JsonMapper json;
    private final Clock clock;

    MinutesVersions(MinutesVersionRepository versions, RecordAssembler assembler, JsonMapper json, Clock clock) {
        this.versions = versions;
        this.assembler = assembler;
        this.json = json;
        this.clock = clock;
    }

    /** The next version of the meeting's minutes, from the paragraphs as they now stand. */
    MinutesVersion snapshot(Meeting meeting, List<MinuteParagraph> paragraphs, String reason, String by) {
        int number = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).map(v -> v.getNumber() + 1).orElse(1);
        Viewer insider = Viewer.signedIn(Role.MEMBER, 0L, null, Map.of(meeting.getBodyId(), Set.of(MembershipRole.MEMBER)));
        MeetingRecord publicRecord = assembler.assemble(meeting, Viewer.anonymous(), paragraphs);
        MeetingRecord insiderRecord = assembler.assemble(meeting, insider, paragraphs);
        return versions.save(new MinutesVersion(meeting.getId(), number, reason, clock.instant(), by,
                json.writeValueAsString(publicRecord), json.writeValueAsString(insiderRecord)));
    }

    List<MinutesVersionSummary> summaries(long meetingId) {
        return versions.summaries(meetingId);
    }

    /** Version {@code number} (or the latest when null) as the viewer may read it. */
    Optional<MeetingRecord> read(long meetingId, Integer number, Viewer viewer, long bodyId) {
        Optional<MinutesVersion> version = number == null
                ? versions.findFirstByMeetingIdOrderByNumberDesc(meetingId)
                : versions.findByMeetingIdAndNumber(meetingId, number);
        return version.map(v -> json.readValue(AccessPolicy.canSeeExemptContent(viewer, bodyId)
                ? v.getInsiderRecord() : v.getPublicRecord(), MeetingRecord.class));
    }
}
