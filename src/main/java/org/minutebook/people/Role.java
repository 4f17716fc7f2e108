package org.minutebook.people;

/** The role of a user account. Who chairs or sits on a body comes from {@link Membership}, not from here. */
public enum Role {
    /** Manages bodies, people and user accounts. */
    ADMIN,
    /** Prepares agendas and records minutes, resolutions and actions for the bodies they serve. */
    CLERK,
    /** Reports progress on actions they or their organisation own. */
    OFFICER,
    /** Sits on one or more bodies. */
    MEMBER
}
