package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.minutebook.minutes.MinutesService;
import org.minutebook.minutes.ParagraphSaved;

/**
 * A change after a quiet spell goes out at once; a burst right after it goes out together at the window's end; a
 * change nobody on this node follows is not read.
 */
class LiveRelayWindowTest {

    private static final long WINDOW = 300;

    @Test
    void aLoneChangeGoesAtOnceAndABurstAfterItGoesAsOneUpdate() throws Exception {
        var channel = new MeetingChannel(1);
        List<LiveUpdate> updates = new CopyOnWriteArrayList<>();
        List<Long> at = new CopyOnWriteArrayList<>();
        channel.subscribe(7, "Viewer", u -> {
            updates.add(u);
            at.add(System.nanoTime());
        });
        updates.clear();
        at.clear();
        MinutesService minutes = mock(MinutesService.class);
        when(minutes.recordsForAudiences(7)).thenReturn(new MinutesService.Audiences(null, null));
        var relay = new LiveRelay(minutes, channel, List.of(), WINDOW);
        try {
            long start = System.nanoTime();
            relay.on(new ParagraphSaved(7, 1, 101));
            Thread.sleep(WINDOW / 6);
            for (int p = 102; p <= 105; p++) {
                relay.on(new ParagraphSaved(7, p % 2 == 0 ? 1 : 2, p));
            }
            Thread.sleep(3 * WINDOW);

            assertThat(updates).as("the first change alone, then the four after it together").hasSize(2);
            assertThat((at.getFirst() - start) / 1_000_000).as("ms before the first change went out").isLessThan(WINDOW / 2);
            assertThat(updates.get(1).changedItems()).containsExactlyInAnyOrder(1L, 2L);
            assertThat((at.get(1) - start) / 1_000_000).as("ms before the burst went out").isGreaterThanOrEqualTo(WINDOW - 50);

            // Quiet for longer than the window: the next change goes at once again.
            long later = System.nanoTime();
            relay.on(new ParagraphSaved(7, 1, 106));
            Thread.sleep(WINDOW);
            assertThat(updates).hasSize(3);
            assertThat((at.get(2) - later) / 1_000_000).isLessThan(WINDOW / 2);
        } finally {
            relay.stop();
            channel.stop();
        }
    }

    @Test
    void aChangeNobodyHereFollowsIsNotReadAndWhoeverComesNextIsSentItFresh() throws Exception {
        var channel = new MeetingChannel(1);
        MinutesService minutes = mock(MinutesService.class);
        when(minutes.recordsForAudiences(7)).thenReturn(new MinutesService.Audiences(null, null));
        List<Long> passedBy = new CopyOnWriteArrayList<>();
        LiveSink streams = new LiveSink() {
            @Override
            public void accept(LiveUpdate update) {
            }

            @Override
            public boolean passedBy(long meetingId, long seq) {
                passedBy.add(seq);
                return true;
            }
        };
        var relay = new LiveRelay(minutes, channel, List.of(streams), WINDOW);
        try {
            // A save on this node and one on another, to a meeting nobody here follows.
            relay.on(new ParagraphSaved(7, 1, 101));
            relay.changedElsewhere(7, 2L, false);
            Thread.sleep(3 * WINDOW);
            verify(minutes, never()).recordsForAudiences(7);
            // Once or twice, as the two fell in one window or not.
            assertThat(passedBy).as("the streams were told the meeting moved on").isNotEmpty();

            // Someone opens the meeting: they are sent it as it is now, read afresh.
            List<LiveUpdate> updates = new CopyOnWriteArrayList<>();
            channel.subscribe(7, "Viewer", updates::add);
            Thread.sleep(2 * WINDOW);
            verify(minutes, times(1)).recordsForAudiences(7);
            assertThat(updates).hasSize(1);
            assertThat(updates.getFirst().seq()).isGreaterThan(passedBy.getLast());
        } finally {
            relay.stop();
            channel.stop();
        }
    }

    @Test
    void aViewClosingWhileTheServerStopsIsNotAnError() {
        var channel = new MeetingChannel(1);
        var subscription = channel.subscribe(7, "Viewer", u -> { });
        var relay = new LiveRelay(mock(MinutesService.class), channel, List.of(), WINDOW);
        relay.stop();
        try {
            // As the server stops, each session's views detach: a "who is here" change with nobody left to tell.
            assertThatCode(subscription::cancel).doesNotThrowAnyException();
            assertThatCode(() -> relay.on(new ParagraphSaved(7, 1, 101))).doesNotThrowAnyException();
        } finally {
            channel.stop();
        }
    }
}
