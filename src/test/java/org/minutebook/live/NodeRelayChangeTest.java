package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a node says about a change in its NOTIFY, and reads back from another node's. */
class NodeRelayChangeTest {

    @Test
    void aChangeSurvivesTheTripThroughItsPayload() {
        var itemChange = NodeRelay.Change.of("a1b2c3d4", 42, 7L, false);
        var meetingChange = NodeRelay.Change.of("a1b2c3d4", 42, null, true);

        assertThat(itemChange.payload()).isEqualTo("a1b2c3d4:42:7:I");
        assertThat(NodeRelay.Change.parse(itemChange.payload())).isEqualTo(itemChange);
        assertThat(NodeRelay.Change.parse(meetingChange.payload())).isEqualTo(meetingChange);
        // Far below PostgreSQL's 8,000-byte limit for a payload.
        assertThat(NodeRelay.Change.of("a1b2c3d4", Long.MAX_VALUE, Long.MAX_VALUE, true).payload()).hasSizeLessThan(64);
    }

    @Test
    void somethingElseOnTheChannelIsRefused() {
        assertThatThrownBy(() -> NodeRelay.Change.parse("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRelay.Change.parse("n:x:1:I")).isInstanceOf(NumberFormatException.class);
    }
}
