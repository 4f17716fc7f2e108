package org.minutebook.minutes;

/**
 * A recorded vote on a resolution. The chair's casting vote exists only on a tie, and then decides the outcome.
 *
 * @param castingVoteFor true for, false against, null when there is none
 */
public record Vote(int votesFor, int votesAgainst, int abstentions, Boolean castingVoteFor) {

    public boolean tied() {
        return votesFor == votesAgainst;
    }
}
