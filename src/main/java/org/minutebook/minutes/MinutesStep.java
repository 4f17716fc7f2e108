package org.minutebook.minutes;

/** The things that can happen to a meeting's minutes once the meeting has closed. */
public enum MinutesStep {
    /** The clerk puts the draft out to the public ahead of approval, marked "Draft — subject to approval". */
    PUBLISH_DRAFT,
    /** The chair, at the "Minutes of the previous meeting" item of the next meeting, puts them to the meeting. */
    PUT_FOR_APPROVAL,
    /** The meeting agrees them as a correct record and the chair signs them: numbers freeze. */
    SIGN_OFF,
    /** The clerk records an approval given outside Minutebook (a record imported after the fact). */
    RECORD_APPROVAL,
    /** The clerk publishes the approved record: version 1. */
    PUBLISH,
    /** A correction after publication: a new version, the earlier ones kept. */
    CORRECT_PUBLISHED
}
