package org.minutebook.security;

import org.minutebook.people.AccountService;
import org.minutebook.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator comes from the environment (MINUTEBOOK_ADMIN_USERNAME and
 * MINUTEBOOK_ADMIN_PASSWORD); there is no default password. Runs only while no administrator exists
 * (after the demo data, which brings its own).
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    InitialAdministrator(AccountService accounts,
                         @Value("${minutebook.admin.username:}") String username,
                         @Value("${minutebook.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists. Set MINUTEBOOK_ADMIN_USERNAME and MINUTEBOOK_ADMIN_PASSWORD to create one.");
            return;
        }
        accounts.createInitial(username, "Administrator", password, Role.ADMIN, null);
        log.info("Created the first administrator, {}", username);
    }
}
