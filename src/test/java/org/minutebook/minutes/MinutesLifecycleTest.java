package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.minutes.MinutesRefusal.Reason.ALREADY_APPROVED;
import static org.minutebook.minutes.MinutesRefusal.Reason.ALREADY_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.DRAFT_ALREADY_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.MEETING_NOT_CLOSED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_APPROVED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_PUT_FOR_APPROVAL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;

/** The minutes' state machine on its own: every step from every state, and the reason each refusal names. */
class MinutesLifecycleTest {

    private static MinutesLifecycle closed(MinutesStatus minutes) {
        return new MinutesLifecycle(MeetingStatus.CLOSED, minutes, false);
    }

    private static MinutesRefusal.Reason refusal(MinutesLifecycle state, MinutesStep step) {
        try {
            state.after(step);
        } catch (MinutesRefusal refused) {
            return refused.reason();
        }
        throw new AssertionError(step + " from " + state + " was allowed");
    }

    @Test
    void theWholeWayFromDraftToACorrectedVersion() {
        MinutesLifecycle s = closed(MinutesStatus.DRAFT)
                .after(MinutesStep.PUBLISH_DRAFT);
        assertThat(s.minutes()).isEqualTo(MinutesStatus.DRAFT_PUBLISHED);
        s = s.after(MinutesStep.PUT_FOR_APPROVAL);
        assertThat(s.putForApproval()).isTrue();
        assertThat(s.minutes()).isEqualTo(MinutesStatus.DRAFT_PUBLISHED);
        s = s.after(MinutesStep.SIGN_OFF);
        assertThat(s.minutes()).isEqualTo(MinutesStatus.APPROVED);
        s = s.after(MinutesStep.PUBLISH);
        assertThat(s.minutes()).isEqualTo(MinutesStatus.PUBLISHED);
        assertThat(s.after(MinutesStep.CORRECT_PUBLISHED)).isEqualTo(s);
    }

    @Test
    void publishingTheDraftEarlyIsOptional() {
        MinutesLifecycle s = closed(MinutesStatus.DRAFT).after(MinutesStep.PUT_FOR_APPROVAL).after(MinutesStep.SIGN_OFF);
        assertThat(s.minutes()).isEqualTo(MinutesStatus.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(value = MeetingStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void nothingMovesBeforeTheMeetingHasClosed(MeetingStatus meeting) {
        for (MinutesStep step : MinutesStep.values()) {
            assertThat(refusal(new MinutesLifecycle(meeting, MinutesStatus.DRAFT, true), step)).isEqualTo(MEETING_NOT_CLOSED);
        }
    }

    @Test
    void theChairSignsOnlyMinutesPutToTheMeeting() {
        assertThat(refusal(closed(MinutesStatus.DRAFT), MinutesStep.SIGN_OFF)).isEqualTo(NOT_PUT_FOR_APPROVAL);
        assertThat(refusal(closed(MinutesStatus.DRAFT_PUBLISHED), MinutesStep.SIGN_OFF)).isEqualTo(NOT_PUT_FOR_APPROVAL);
    }

    @Test
    void theClerkMayRecordAnApprovalGivenElsewhereWithoutPuttingIt() {
        assertThat(closed(MinutesStatus.DRAFT).after(MinutesStep.RECORD_APPROVAL).minutes()).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void aDraftIsPublishedEarlyOnceAndNeverAfterApproval() {
        assertThat(refusal(closed(MinutesStatus.DRAFT_PUBLISHED), MinutesStep.PUBLISH_DRAFT)).isEqualTo(DRAFT_ALREADY_PUBLISHED);
        assertThat(refusal(closed(MinutesStatus.APPROVED), MinutesStep.PUBLISH_DRAFT)).isEqualTo(ALREADY_APPROVED);
        assertThat(refusal(closed(MinutesStatus.PUBLISHED), MinutesStep.PUBLISH_DRAFT)).isEqualTo(ALREADY_APPROVED);
    }

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = {"APPROVED", "PUBLISHED"})
    void approvedMinutesAreNotPutOrSignedAgain(MinutesStatus minutes) {
        var state = new MinutesLifecycle(MeetingStatus.CLOSED, minutes, true);
        assertThat(refusal(state, MinutesStep.PUT_FOR_APPROVAL)).isEqualTo(ALREADY_APPROVED);
        assertThat(refusal(state, MinutesStep.SIGN_OFF)).isEqualTo(ALREADY_APPROVED);
        assertThat(refusal(state, MinutesStep.RECORD_APPROVAL)).isEqualTo(ALREADY_APPROVED);
    }

    @Test
    void onlyApprovedMinutesArePublishedAndOnlyOnce() {
        assertThat(refusal(closed(MinutesStatus.DRAFT), MinutesStep.PUBLISH)).isEqualTo(NOT_APPROVED);
        assertThat(refusal(closed(MinutesStatus.DRAFT_PUBLISHED), MinutesStep.PUBLISH)).isEqualTo(NOT_APPROVED);
        assertThat(refusal(closed(MinutesStatus.PUBLISHED), MinutesStep.PUBLISH)).isEqualTo(ALREADY_PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void onlyPublishedMinutesGetANewVersion(MinutesStatus minutes) {
        assertThat(refusal(closed(minutes), MinutesStep.CORRECT_PUBLISHED)).isEqualTo(NOT_PUBLISHED);
    }

    @Test
    void allowsAnswersWithoutThrowingAndAgreesWithAfter() {
        for (MinutesStatus minutes : MinutesStatus.values()) {
            for (boolean put : new boolean[] {false, true}) {
                var state = new MinutesLifecycle(MeetingStatus.CLOSED, minutes, put);
                for (MinutesStep step : MinutesStep.values()) {
                    boolean threw;
                    try {
                        state.after(step);
                        threw = false;
                    } catch (MinutesRefusal r) {
                        threw = true;
                    }
                    assertThat(state.allows(step)).as("%s from %s", step, state).isEqualTo(!threw);
                }
            }
        }
    }

    @Test
    void refusalsSayWhatToDo() {
        assertThatThrownBy(() -> closed(MinutesStatus.DRAFT).after(MinutesStep.SIGN_OFF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The chair must first put the minutes for approval at the next meeting");
    }
}
