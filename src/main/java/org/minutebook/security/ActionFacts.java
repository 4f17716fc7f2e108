package org.minutebook.security;

/**
 * What the policy needs to know about an action on a body's tracker.
 *
 * @param bodyId              the body whose tracker holds the action
 * @param ownerPersonId       the person who owns it, or null
 * @param ownerOrganisationId the organisation that owns it, or null
 * @param bodyTrackerPublic   whether the body has made its action tracker public (a body setting, carried here so
 *                            one record answers the question)
 * @param sourceMeeting       the meeting whose minutes raised the action, or null if it was raised outside a meeting
 * @param sourceItem          the item that raised it; null exactly when {@code sourceMeeting} is null
 */
public record ActionFacts(long bodyId, Long ownerPersonId, Long ownerOrganisationId, boolean bodyTrackerPublic,
                          MeetingFacts sourceMeeting, ItemFacts sourceItem) {

    public ActionFacts {
        if ((sourceMeeting == null) != (sourceItem == null)) {
            throw new IllegalArgumentException("an action's source meeting and source item go together");
        }
    }

    /** True when the action came out of a meeting's minutes. */
    public boolean hasSource() {
        return sourceMeeting != null;
    }
}
