package org.minutebook.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.minutebook.people.AccessVersion;
import org.minutebook.people.AccountService;
import org.minutebook.people.Membership;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.PeopleService;
import org.minutebook.people.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The viewer behind the current request or Vaadin session, read from the server's own security context
 * and the database — never from anything the client sends.
 */
@Component
public class CurrentViewer {

    private final AccountService accounts;
    private final PeopleService people;

    CurrentViewer(AccountService accounts, PeopleService people) {
        this.accounts = accounts;
        this.people = people;
    }

    public Viewer get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Viewer.anonymous();
        }
        // Every service call checks its viewer, a clerk's save makes several: within one request the viewer is read
        // once, and again only if the same request changed an account, person or membership meanwhile.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        long version = AccessVersion.current();
        if (request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Read read
                && read.auth() == auth && read.version() == version) {
            return read.viewer();
        }
        Viewer viewer = accounts.findByUsername(auth.getName())
                .filter(UserAccount::isEnabled)
                .map(this::viewerOf)
                .orElse(Viewer.anonymous());
        if (request != null) {
            request.setAttribute(KEY, new Read(auth, version, viewer), RequestAttributes.SCOPE_REQUEST);
        }
        return viewer;
    }

    private static final String KEY = CurrentViewer.class.getName();

    /** A viewer as read for this request's sign-in, and the access version it was read at. */
    private record Read(Authentication auth, long version, Viewer viewer) {
    }

    /** The signed-in user's name for history entries, or "system" outside a request. */
    public String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }

    /** Throws unless the check holds: the service-side guard every command goes through. */
    public Viewer require(java.util.function.Predicate<Viewer> check, String what) {
        Viewer viewer = get();
        if (!check.test(viewer)) {
            throw new AccessDeniedException("You may not " + what);
        }
        return viewer;
    }

    private Viewer viewerOf(UserAccount account) {
        Long personId = account.getPersonId();
        if (personId == null) {
            return Viewer.signedIn(account.getRole(), null);
        }
        Map<Long, Set<MembershipRole>> places = new HashMap<>();
        for (Membership m : people.membershipsOf(personId)) {
            places.computeIfAbsent(m.getBodyId(), id -> EnumSet.noneOf(MembershipRole.class)).add(m.getRole());
        }
        Long organisationId = people.person(personId).getOrganisationId();
        return Viewer.signedIn(account.getRole(), personId, organisationId, places);
    }
}
