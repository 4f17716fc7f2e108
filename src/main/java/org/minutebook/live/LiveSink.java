package org.minutebook.live;

/** Somewhere updates go besides the Vaadin views: the public streams. */
interface LiveSink {

    void accept(LiveUpdate update);

    /**
     * The meeting changed (update {@code seq}) while no view on this node follows it, so the relay means not to read
     * it: take note without the record, or return {@code false} if someone here follows it after all (then the relay
     * reads it and calls {@link #accept}).
     */
    boolean passedBy(long meetingId, long seq);
}
