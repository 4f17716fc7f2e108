package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A large room is served by several threads: every view still gets every update once, in order. */
class MeetingChannelFanOutTest {

    @Test
    void everyViewOfALargeRoomGetsEachUpdateOnceAndInOrderWhateverThreadsShareTheWork() {
        var channel = new MeetingChannel(4);
        Map<Integer, List<Long>> seen = new ConcurrentHashMap<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int views = 10 * MeetingChannel.VIEWS_PER_PART;
        for (int i = 0; i < views; i++) {
            int view = i;
            seen.put(view, new ArrayList<>());
            channel.subscribe(7, "Viewer " + i, u -> {
                threads.add(Thread.currentThread().getName());
                seen.get(view).add(u.seq());
            });
        }
        // A view that fails does not keep the update from the others.
        channel.subscribe(7, "Broken", u -> {
            throw new IllegalStateException("this view is gone");
        });
        channel.subscribe(8, "Elsewhere", u -> seen.computeIfAbsent(-1, k -> new ArrayList<>()).add(u.seq()));

        for (long seq = 1; seq <= 5; seq++) {
            channel.deliver(new LiveUpdate(7, seq, Set.of(), false, false, null, null));
        }
        channel.stop();

        assertThat(seen.keySet()).doesNotContain(-1);
        assertThat(seen.values()).hasSize(views).allSatisfy(list -> assertThat(list).containsExactly(1L, 2L, 3L, 4L, 5L));
        assertThat(threads).as("the room is shared between the caller and the fan-out threads").hasSizeGreaterThan(1);
    }
}
