package org.minutebook.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minutebook.people.MembershipRole;
import org.minutebook.people.Role;

/**
 * Who is looking: the public (anonymous) or a signed-in account with its person's places on bodies.
 * The account {@link Role} says what kind of user this is; a {@link MembershipRole} on a body says what they are
 * to that body. Rights over a body come from the membership, so a clerk edits only the bodies they serve.
 *
 * <p>Build one per request from the signed-in account; never pass null, use {@link #anonymous()}.
 *
 * @param role           the account role, or null for the public (prefer {@link #isSignedIn()}, {@link #hasRole})
 * @param personId       the person the account belongs to, or null (an admin account need not be a person)
 * @param organisationId the organisation the person works for, or null; lets an officer see and update the
 *                       actions their organisation owns
 * @param memberships    bodyId → the person's roles on that body (a person may hold more than one)
 */
public record Viewer(Role role, Long personId, Long organisationId, Map<Long, Set<MembershipRole>> memberships) {

    private static final Viewer ANONYMOUS = new Viewer(null, null, null, Map.of());

    public Viewer {
        memberships = copyOf(memberships);
        if (role == null && (personId != null || organisationId != null || !memberships.isEmpty())) {
            // The public has no identity; anything else means the caller lost the account on the way here.
            throw new IllegalArgumentException("an anonymous viewer has no person, organisation or memberships");
        }
        if (personId == null && !memberships.isEmpty()) {
            throw new IllegalArgumentException("memberships belong to a person");
        }
    }

    /** The public. */
    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    /** A signed-in account with no organisation or memberships yet; add them with the {@code with…} methods. */
    public static Viewer signedIn(Role role, Long personId) {
        return new Viewer(Objects.requireNonNull(role, "role"), personId, null, Map.of());
    }

    /** A signed-in account in full. */
    public static Viewer signedIn(Role role, Long personId, Long organisationId,
                                  Map<Long, Set<MembershipRole>> memberships) {
        return new Viewer(Objects.requireNonNull(role, "role"), personId, organisationId, memberships);
    }

    /** This viewer with one more place on a body. */
    public Viewer withMembership(long bodyId, MembershipRole membershipRole) {
        Objects.requireNonNull(membershipRole, "membershipRole");
        Map<Long, Set<MembershipRole>> more = new HashMap<>(memberships);
        Set<MembershipRole> roles = EnumSet.of(membershipRole);
        roles.addAll(memberships.getOrDefault(bodyId, Set.of()));
        more.put(bodyId, roles);
        return new Viewer(role, personId, organisationId, more);
    }

    /** This viewer working for an organisation. */
    public Viewer withOrganisation(long organisationId) {
        return new Viewer(role, personId, organisationId, memberships);
    }

    public boolean isSignedIn() {
        return role != null;
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean hasRole(Role accountRole) {
        return role == accountRole;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The person's roles on a body; empty if they have no place on it. */
    public Set<MembershipRole> rolesOn(long bodyId) {
        return memberships.getOrDefault(bodyId, Set.of());
    }

    /** Any place on the body: member, chair, co-opted, substitute, officer adviser or clerk. */
    public boolean isMemberOf(long bodyId) {
        return !rolesOn(bodyId).isEmpty();
    }

    /**
     * Whether this viewer serves the body as its clerk: a CLERK account with a CLERK membership of it, or an admin.
     * Both halves are needed for a clerk, so a stray CLERK membership on a member's account grants nothing.
     */
    public boolean clerkOf(long bodyId) {
        return isAdmin() || (role == Role.CLERK && rolesOn(bodyId).contains(MembershipRole.CLERK));
    }

    /** Chair or vice-chair of the body. */
    public boolean presides(long bodyId) {
        return rolesOn(bodyId).stream().anyMatch(MembershipRole::presides);
    }

    /** Whether this viewer is the given person; false for null (nobody) or the public. */
    public boolean isPerson(Long otherPersonId) {
        return personId != null && personId.equals(otherPersonId);
    }

    /** Whether this viewer works for the given organisation; false for null (none) or the public. */
    public boolean worksFor(Long otherOrganisationId) {
        return organisationId != null && organisationId.equals(otherOrganisationId);
    }

    // Immutable, and with empty role sets dropped so isMemberOf cannot be fooled by bodyId → {}.
    private static Map<Long, Set<MembershipRole>> copyOf(Map<Long, Set<MembershipRole>> memberships) {
        if (memberships == null || memberships.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<MembershipRole>> copy = new HashMap<>();
        memberships.forEach((bodyId, roles) -> {
            Objects.requireNonNull(bodyId, "bodyId");
            if (roles != null && !roles.isEmpty()) {
                copy.put(bodyId, Set.copyOf(roles));
            }
        });
        return Map.copyOf(copy);
    }
}
