package org.minutebook.people;

/**
 * A person's place on a body. CLERK is the Democratic Services Officer who serves the body:
 * it is what lets a CLERK account edit that body's agendas and minutes.
 */
public enum MembershipRole {
    CHAIR("Chair"), VICE_CHAIR("Vice-chair"), MEMBER("Member"), CO_OPTED("Co-opted member"),
    SUBSTITUTE("Substitute"), OFFICER_ADVISER("Officer adviser"), CLERK("Clerk");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    /** How the role reads on screen and in the record. */
    public String label() {
        return label;
    }

    /** Members who count towards the quorum and may vote. */
    public boolean isVotingMember() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER || this == CO_OPTED || this == SUBSTITUTE;
    }

    public boolean presides() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
