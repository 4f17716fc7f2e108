package org.minutebook.bench;

import java.util.Arrays;

/**
 * What one viewer saw: for each change, when its marker ("bench#<change>#" and the sentence after it) first arrived. The marker is part
 * of the change's text, so finding it means the viewer received that change's own content, not just a frame.
 */
final class Markers {

    static final String PREFIX = "bench#";

    final long[] receivedAt;

    Markers(int changes) {
        receivedAt = new long[changes];
        Arrays.fill(receivedAt, -1);
    }

    /** The text the clerk records as change {@code change}; a viewer counts it only when all of it arrived. */
    static String text(int change) {
        return PREFIX + change + "# The Board noted the update on item " + change + " and agreed the next steps.";
    }

    void scan(CharSequence text, long now) {
        String s = text.toString();
        int at = 0;
        while ((at = s.indexOf(PREFIX, at)) >= 0) {
            int start = at + PREFIX.length();
            int end = start;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            if (end < s.length() && s.charAt(end) == '#' && end > start) {
                int change = Integer.parseInt(s, start, end, 10);
                if (change < receivedAt.length && s.startsWith(text(change), at)) {
                    synchronized (this) {
                        if (receivedAt[change] < 0) {
                            receivedAt[change] = now;
                        }
                    }
                }
            }
            at = end;
        }
    }
}
