package org.minutebook.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@MinutebookTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUserChangesTheirOwnPasswordAfterBeingToldWhatIsWrong() {
        // An account of its own, so other tests can still sign in as the demo users.
        String username = "changer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createInitial(username, "Password Changer", "the old password", Role.MEMBER, null);
        signIn(username, Role.MEMBER);
        var view = navigate(AccountView.class);

        test(view.currentPassword).setValue("not my password");
        test(view.newPassword).setValue("a brand new password");
        test(view.repeatPassword).setValue("a brand new password");
        test(view.change).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Your current password is not right");

        test(view.currentPassword).setValue("the old password");
        test(view.repeatPassword).setValue("a brand new passwort");
        test(view.change).click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("The two new passwords are not the same");
        assertThat(passwords.matches("the old password", hashOf(username))).as("nothing changed yet").isTrue();

        test(view.repeatPassword).setValue("a brand new password");
        test(view.change).click();

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).as("the form is cleared").isEmpty();
        var signIn = users.loadUserByUsername(username);
        assertThat(passwords.matches("a brand new password", signIn.getPassword())).isTrue();
        assertThat(passwords.matches("the old password", signIn.getPassword())).isFalse();
    }

    @Test
    void aShortNewPasswordIsRefusedBesideTheField() {
        String username = "short-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createInitial(username, "Short Password", "the old password", Role.OFFICER, null);
        signIn(username, Role.OFFICER);
        var view = navigate(AccountView.class);

        test(view.currentPassword).setValue("the old password");
        test(view.newPassword).setValue("short");
        test(view.repeatPassword).setValue("short");
        test(view.change).click();

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Use at least 10 characters");
    }

    private String hashOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getPasswordHash();
    }

    private static void signIn(String username, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }
}
