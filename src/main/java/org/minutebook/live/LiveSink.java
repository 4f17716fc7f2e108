package org.minutebook.live;

/** Somewhere updates go besides the Vaadin views: the public streams, later a relay to other nodes. */
interface LiveSink {
    void accept(LiveUpdate update);
}
