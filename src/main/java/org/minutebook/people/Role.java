package org.minutebook.people;

/** The role of a user account. Who chairs or sits on a body comes from {@link Membership}, not from here. */
public enum Role {
    /** Manages bodies, people and user accounts. */
    ADMIN("Administrator"),
    /** Prepares agendas and records minutes, resolutions and actions for the bodies they serve. */
    CLERK("Clerk"),
    /** Reports progress on actions they or their organisation own. */
    OFFICER("Officer"),
    /** Sits on one or more bodies. */
    MEMBER("Member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
