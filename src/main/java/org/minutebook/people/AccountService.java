package org.minutebook.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created, reset and deactivated by administrators; each user changes their own password. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** Sign-ins are free for the first few failures, then wait longer after each one. */
    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    public boolean anyAdministrator() {
        return accounts.findAll().stream().anyMatch(a -> a.getRole() == Role.ADMIN && a.isEnabled());
    }

    /**
     * The enabled accounts with this role that belong to these people: for system jobs (action reminders) that
     * decide whom to write to. Gives no password hashes or sign-in counts away beyond the row itself.
     */
    public List<UserAccount> enabledAccountsOf(java.util.Collection<Long> personIds, Role role) {
        return personIds.isEmpty() ? List.of() : accounts.findByPersonIdInAndRoleAndEnabledTrue(personIds, role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> accounts() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** Creating accounts is for administrators; the first one comes from {@link #createInitial}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(String username, String displayName, String rawPassword, Role role, Long personId) {
        return createInitial(username, displayName, rawPassword, role, personId);
    }

    /** For start-up only (the first administrator from the environment, demo accounts): no caller to check. */
    @Transactional
    public UserAccount createInitial(String username, String displayName, String rawPassword, Role role, Long personId) {
        if (username == null || username.isBlank()) {
            throw new InvalidField("username", "Enter a username");
        }
        if (accounts.findByUsernameIgnoreCase(username.strip()).isPresent()) {
            throw new InvalidField("username", "That username is taken");
        }
        checkStrength("password", rawPassword);
        return accounts.save(new UserAccount(username.strip().toLowerCase(java.util.Locale.ROOT), displayName, passwords.encode(rawPassword), role, personId));
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = findByUsername(username).orElseThrow();
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidField("currentPassword", "Your current password is not right");
        }
        checkStrength("newPassword", newPassword);
        account.setPasswordHash(passwords.encode(newPassword));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long accountId, String newPassword) {
        checkStrength("password", newPassword);
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        account.setPasswordHash(passwords.encode(newPassword));
        account.recordSuccessfulSignIn();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        // An administrator who locks themselves out may leave no one able to undo it.
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (!enabled && auth != null && account.getUsername().equalsIgnoreCase(auth.getName())) {
            throw new IllegalStateException("You cannot deactivate your own account; ask another administrator");
        }
        account.setEnabled(enabled);
    }

    /** How long the account must wait before its next sign-in attempt; zero when it may try now. */
    public Duration waitBeforeNextAttempt(UserAccount account) {
        if (account.getFailedSignIns() < FREE_FAILURES || account.getLastFailedAt() == null) {
            return Duration.ZERO;
        }
        int over = Math.min(account.getFailedSignIns() - FREE_FAILURES, 10);
        Duration wait = Duration.ofSeconds(5L << over);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Instant allowedAt = account.getLastFailedAt().plus(wait);
        Instant now = clock.instant();
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    // Its own transaction: the failure is recorded even though the sign-in request fails.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedSignIn(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> a.recordFailedSignIn(clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulSignIn(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(UserAccount::recordSuccessfulSignIn);
    }

    /** What is wrong with a new password, if anything: the rule forms check as you type and the service enforces. */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static void checkStrength(String field, String password) {
        passwordProblem(password).ifPresent(problem -> {
            throw new InvalidField(field, problem);
        });
    }
}
