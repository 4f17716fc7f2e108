package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A webcast room names its first followers and counts the rest, so no view holds thousands of names. */
class PresenceShortListTest {

    @Test
    void aRoomOfTensNamesEveryone() {
        var names = IntStream.range(0, PresencePanel.FOLLOWERS_NAMED).mapToObj(i -> "Member " + i).toList();
        assertThat(PresencePanel.shortList(names)).isEqualTo(names);
    }

    @Test
    void aLargeAudienceIsCountedBeyondTheNamed() {
        var names = IntStream.range(0, 2_000).mapToObj(i -> "Member %04d".formatted(i)).toList();
        List<String> shown = PresencePanel.shortList(names);
        assertThat(shown).hasSize(PresencePanel.FOLLOWERS_NAMED + 1);
        assertThat(shown.getFirst()).isEqualTo("Member 0000");
        assertThat(shown.getLast()).isEqualTo("and 1,960 more");
    }
}
