package org.minutebook.meeting;

/** Voting members present now against the body's quorum; quorate when no quorum is set. */
public record Quorum(int present, Integer required) {

    public boolean quorate() {
        return required == null || present >= required;
    }
}
