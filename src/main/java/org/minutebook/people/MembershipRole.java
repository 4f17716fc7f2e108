package org.minutebook.people;

/**
 * A person's place on a body. CLERK is the Democratic Services Officer who serves the body:
 * it is what lets a CLERK account edit that body's agendas and minutes.
 */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER, CO_OPTED, SUBSTITUTE, OFFICER_ADVISER, CLERK;

    /** Members who count towards the quorum and may vote. */
    public boolean isVotingMember() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER || this == CO_OPTED || this == SUBSTITUTE;
    }

    public boolean presides() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
