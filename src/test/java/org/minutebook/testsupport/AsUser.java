package org.minutebook.testsupport;

import java.util.List;
import java.util.function.Supplier;
import org.minutebook.people.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls services as a signed-in account, for service tests. The account must exist (the demo accounts
 * do: see DemoData); the services look its memberships up themselves, as in production.
 */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T as(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Role role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
