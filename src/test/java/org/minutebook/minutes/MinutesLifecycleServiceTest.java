package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.InvalidField;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MinutesAccess;
import org.minutebook.security.MinutesStatus;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The minutes' lifecycle through the services, against PostgreSQL, with the demo accounts' real memberships. */
@MinutebookTest
class MinutesLifecycleServiceTest {

    static final String FIRST = "The Board noted the report on the Better Care Fund, presented by Mr Smyth.";
    static final String CORRECTED = "The Board noted the report on the Better Care Fund, presented by Mr Smith.";

    @Autowired
    MinutesLifecycleService lifecycle;
    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;

    private LifecycleMeetings held() {
        return LifecycleMeetings.held(meetings, chair, people, minutes, FIRST);
    }

    private String text(MeetingRecord record) {
        return record.items().stream().flatMap(i -> i.paragraphs().stream()).map(MeetingRecord.Paragraph::html)
                .reduce("", String::concat);
    }

    @Test
    void memberSuggestsClerkAcceptsChairSignsClerkPublishes() {
        var m = held();
        var suggestion = as("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "The presenter's name is Smith"));
        // The member sees their suggestion waiting; the clerk sees it to answer.
        assertThat(as("member", Role.MEMBER, () -> lifecycle.suggestions(m.heldId())))
                .singleElement().satisfies(s -> {
                    assertThat(s.status()).isEqualTo(CorrectionStatus.PENDING);
                    assertThat(s.paragraphNumber()).isEqualTo("14.1");
                    assertThat(s.suggestedBy()).isEqualTo("Demo Member");
                });
        run("clerk", Role.CLERK, () -> lifecycle.accept(suggestion.getId()));
        assertThat(as("member", Role.MEMBER, () -> lifecycle.suggestions(m.heldId())))
                .singleElement().satisfies(s -> {
                    assertThat(s.status()).isEqualTo(CorrectionStatus.ACCEPTED);
                    assertThat(s.decidedBy()).isEqualTo("Demo Clerk");
                });
        assertThat(as("clerk", Role.CLERK, () -> minutes.paragraph(m.paragraphId()).getText())).isEqualTo(CORRECTED);
        assertThat(as("clerk", Role.CLERK, () -> minutes.history(m.paragraphId())))
                .extracting(ParagraphHistory::getChange).containsExactly("added", "correction accepted");

        var next = m.next(meetings, chair);
        var pending = as("chair", Role.MEMBER, () -> lifecycle.pendingApprovals(next.id()));
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.minutesMeetingId()).isEqualTo(m.heldId());
            assertThat(p.putHere()).isFalse();
        });
        run("chair", Role.MEMBER, () -> lifecycle.putForApproval(m.heldId(), next.previousMinutesItemId()));
        run("chair", Role.MEMBER, () -> lifecycle.signOff(m.heldId(), "the spelling of Mr Smith's name in minute 14.1"));

        var overview = as("clerk", Role.CLERK, () -> lifecycle.overview(m.heldId()));
        assertThat(overview.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(overview.approvedBy()).isEqualTo("Demo Chair");
        assertThat(overview.approvedAt()).isNotNull();
        assertThat(overview.approvalNote()).isEqualTo("the spelling of Mr Smith's name in minute 14.1");
        // The approving meeting records it under its "Minutes of the previous meeting" item.
        MeetingRecord approving = as("clerk", Role.CLERK, () -> minutes.record(next.id()));
        var item = approving.items().stream().filter(i -> i.id() == next.previousMinutesItemId()).findFirst().orElseThrow();
        assertThat(item.paragraphs()).singleElement().extracting(MeetingRecord.Paragraph::html).asString()
                .contains("The minutes of the meeting held on ")
                .contains("were agreed as a correct record, subject to the spelling of Mr Smith's name in minute 14.1, and signed by the Chair.");
        // Approved but not published: still hidden from the public.
        assertThat(publicRecord(m.heldId()).minutes()).isEqualTo(MinutesAccess.HIDDEN);

        run("clerk", Role.CLERK, () -> minutes.publish(m.heldId()));
        MeetingRecord published = publicRecord(m.heldId());
        assertThat(published.minutes()).isEqualTo(MinutesAccess.FINAL);
        assertThat(text(published)).contains("Mr Smith").doesNotContain("Smyth");
        assertThat(lifecycle.versions(m.heldId())).extracting(MinutesVersionSummary::number).containsExactly(1);
        assertThat(text(lifecycle.version(m.heldId(), 1).orElseThrow())).contains("Mr Smith");
    }

    private MeetingRecord publicRecord(long meetingId) {
        return minutes.record(meetingId);
    }

    @Test
    void thePublicNeverSeesAnUnpublishedDraftButDoesSeeOnePublishedEarly() {
        var m = held();
        assertThat(publicRecord(m.heldId()).minutes()).isEqualTo(MinutesAccess.HIDDEN);
        assertThat(publicRecord(m.heldId()).items()).allSatisfy(i -> assertThat(i.paragraphs()).isEmpty());
        assertThat(lifecycle.version(m.heldId(), null)).isEmpty();
        assertThat(as("member", Role.MEMBER, () -> minutes.record(m.heldId())).minutes()).isEqualTo(MinutesAccess.DRAFT_MARKED);

        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.publishDraft(m.heldId())))
                .isInstanceOf(AccessDeniedException.class);
        run("clerk", Role.CLERK, () -> lifecycle.publishDraft(m.heldId()));
        MeetingRecord early = publicRecord(m.heldId());
        assertThat(early.minutes()).isEqualTo(MinutesAccess.DRAFT_MARKED);
        assertThat(early.draft()).isTrue();
        assertThat(text(early)).contains("Mr Smyth");
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> lifecycle.publishDraft(m.heldId())))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.DRAFT_ALREADY_PUBLISHED));
        // Still a draft: members may still suggest and the clerk still edits.
        as("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "Spelling"));
    }

    @Test
    void aMemberCannotPutSignApproveOrPublish() {
        var m = held();
        var next = m.next(meetings, chair);
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.putForApproval(m.heldId(), next.previousMinutesItemId())))
                .isInstanceOf(AccessDeniedException.class);
        run("chair", Role.MEMBER, () -> lifecycle.putForApproval(m.heldId(), next.previousMinutesItemId()));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.signOff(m.heldId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> minutes.approve(m.heldId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("chair", Role.MEMBER, () -> minutes.publish(m.heldId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("clerk", Role.CLERK, () -> lifecycle.overview(m.heldId())).status()).isEqualTo(MinutesStatus.DRAFT);
        // An officer has no place on the board: no suggestions either.
        assertThatThrownBy(() -> run("officer", Role.OFFICER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChairSignsOnlyWhatWasPutAndOnlyOnceEverySuggestionIsAnswered() {
        var m = held();
        assertThatThrownBy(() -> run("chair", Role.MEMBER, () -> lifecycle.signOff(m.heldId(), null)))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.NOT_PUT_FOR_APPROVAL));
        var s = as("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "Spelling"));
        // Not at the meeting itself: minutes are approved at a later one.
        long ownItem = m.heldItemId();
        assertThatThrownBy(() -> run("chair", Role.MEMBER, () -> lifecycle.putForApproval(m.heldId(), ownItem)))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.NOT_THE_NEXT_MEETING));
        var next = m.next(meetings, chair);
        run("chair", Role.MEMBER, () -> lifecycle.putForApproval(m.heldId(), next.previousMinutesItemId()));
        assertThatThrownBy(() -> run("chair", Role.MEMBER, () -> lifecycle.signOff(m.heldId(), null)))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.SUGGESTIONS_PENDING));
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> lifecycle.reject(s.getId(), "  ")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("decisionReason"));
        run("clerk", Role.CLERK, () -> lifecycle.reject(s.getId(), "Mr Smyth is the presenter's name"));
        assertThat(as("member", Role.MEMBER, () -> lifecycle.suggestions(m.heldId()))).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CorrectionStatus.REJECTED);
            assertThat(x.decisionReason()).isEqualTo("Mr Smyth is the presenter's name");
        });
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> lifecycle.accept(s.getId())))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.ALREADY_DECIDED));
        assertThat(as("clerk", Role.CLERK, () -> minutes.paragraph(m.paragraphId()).getText())).isEqualTo(FIRST);
        run("chair", Role.MEMBER, () -> lifecycle.signOff(m.heldId(), null));
        assertThat(as("clerk", Role.CLERK, () -> minutes.record(next.id())).items().stream()
                .flatMap(i -> i.paragraphs().stream()).map(MeetingRecord.Paragraph::html).toList())
                .anySatisfy(h -> assertThat(h).contains("were agreed as a correct record, and signed by the Chair."));
        // Approved: numbers frozen, no more suggestions, no editing in place.
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "late")))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.NOT_A_DRAFT));
    }

    @Test
    void suggestionsAreCheckedFieldByField() {
        var m = held();
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), " ", "why")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("proposedText"));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), FIRST, "why")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("proposedText"));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("reason"));
        // The clerk sees every member's suggestions; a member only their own.
        as("chair", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "Chair's note"));
        assertThat(as("member", Role.MEMBER, () -> lifecycle.suggestions(m.heldId()))).isEmpty();
        assertThat(as("clerk", Role.CLERK, () -> lifecycle.suggestions(m.heldId()))).hasSize(1);
    }

    @Test
    void aPublishedVersionNeverChangesACorrectionMakesTheNext() {
        var m = held();
        run("clerk", Role.CLERK, () -> {
            minutes.approve(m.heldId());
            minutes.publish(m.heldId());
        });
        MeetingRecord v1 = lifecycle.version(m.heldId(), 1).orElseThrow();
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> minutes.updateParagraph(m.paragraphId(),
                minutes.paragraph(m.paragraphId()).getVersion(), CORRECTED)))
                .isInstanceOf(IllegalStateException.class);
        long version = as("clerk", Role.CLERK, () -> minutes.paragraph(m.paragraphId()).getVersion());
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> lifecycle.correctPublished(m.paragraphId(), version, CORRECTED, " ")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> lifecycle.correctPublished(m.paragraphId(), version, CORRECTED, "x")))
                .isInstanceOf(AccessDeniedException.class);
        var v2 = as("clerk", Role.CLERK, () -> lifecycle.correctPublished(m.paragraphId(), version, CORRECTED,
                "The presenter's name was misspelt"));
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.reason()).isEqualTo("The presenter's name was misspelt");

        // Version 1 reads exactly as it was published; the page (latest) and version 2 read the correction.
        assertThat(lifecycle.version(m.heldId(), 1).orElseThrow()).isEqualTo(v1);
        assertThat(text(lifecycle.version(m.heldId(), 1).orElseThrow())).contains("Mr Smyth").doesNotContain("Mr Smith");
        assertThat(text(lifecycle.version(m.heldId(), null).orElseThrow())).contains("Mr Smith");
        assertThat(text(lifecycle.version(m.heldId(), 2).orElseThrow())).contains("Mr Smith");
        assertThat(lifecycle.version(m.heldId(), 2).orElseThrow().items().getFirst().paragraphs().getFirst().number()).isEqualTo("14.1");
        assertThat(lifecycle.versions(m.heldId())).extracting(MinutesVersionSummary::number, MinutesVersionSummary::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, "The presenter's name was misspelt"));
        assertThat(as("clerk", Role.CLERK, () -> minutes.history(m.paragraphId()))).extracting(ParagraphHistory::getChange)
                .contains("corrected after publication");
    }

    @Test
    void draftMinutesAreNotCorrectedByVersion() {
        var m = held();
        long version = as("clerk", Role.CLERK, () -> minutes.paragraph(m.paragraphId()).getVersion());
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> lifecycle.correctPublished(m.paragraphId(), version, CORRECTED, "why")))
                .isInstanceOfSatisfying(MinutesRefusal.class, r -> assertThat(r.reason()).isEqualTo(MinutesRefusal.Reason.NOT_PUBLISHED));
        assertThat(as("clerk", Role.CLERK, () -> lifecycle.overview(m.heldId())).status()).isEqualTo(MinutesStatus.DRAFT);
    }
}
