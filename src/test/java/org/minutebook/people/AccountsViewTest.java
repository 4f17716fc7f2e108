package org.minutebook.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aShortInitialPasswordIsRefusedBesideTheFieldThenAGoodOneCreatesTheAccount() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        var view = navigate(AccountsView.class);
        test(view.createForm.username).setValue(username);
        test(view.createForm.displayName).setValue("New Officer");
        test(view.createForm.role).selectItem("Officer");
        test(view.createForm.person).selectItem("Demo Officer");
        test(view.createForm.password).setValue("short");
        test(view.createForm.create).click();

        assertThat(view.createForm.password.isInvalid()).isTrue();
        assertThat(view.createForm.password.getErrorMessage()).isEqualTo("Use at least 10 characters");
        assertThat(accounts.findByUsername(username)).isEmpty();

        test(view.createForm.password).setValue("a long enough secret");
        test(view.createForm.create).click();

        UserAccount created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.OFFICER);
        assertThat(created.getPersonId()).isNotNull();
        assertThat(passwords.matches("a long enough secret", created.getPasswordHash())).isTrue();
        int row = rowOf(view.grid, username);
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("Officer");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Demo Officer");
        for (int column = 0; column < 5; column++) {
            assertThat(test(view.grid).getCellText(row, column)).doesNotContain(created.getPasswordHash());
        }
        assertThat(view.createForm.username.getValue()).as("the form is ready for the next one").isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedBesideTheUsername() {
        var view = navigate(AccountsView.class);
        test(view.createForm.username).setValue("Clerk");
        test(view.createForm.displayName).setValue("Another Clerk");
        test(view.createForm.password).setValue("a long enough secret");
        test(view.createForm.create).click();

        assertThat(view.createForm.username.isInvalid()).isTrue();
        assertThat(view.createForm.username.getErrorMessage()).isEqualTo("That username is taken");
    }

    @Test
    void anAdministratorResetsAPasswordAndDeactivatesThenReactivatesAnAccount() {
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Reset Me", "the first password", Role.MEMBER, null);
        var view = navigate(AccountsView.class);
        test(view.grid).select(rowOf(view.grid, username));

        test(view.panel.newPassword).setValue("too short");
        test(view.panel.reset).click();
        assertThat(view.panel.newPassword.getErrorMessage()).isEqualTo("Use at least 10 characters");

        test(view.panel.newPassword).setValue("the second password");
        test(view.panel.reset).click();
        assertThat(passwords.matches("the second password", accounts.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();

        test(view.panel.toggle).click();
        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isFalse();
        assertThat(test(view.grid).getCellText(rowOf(view.grid, username), 4)).isEqualTo("Deactivated");
        assertThat(view.panel.toggle.getText()).isEqualTo("Reactivate account");

        test(view.panel.toggle).click();
        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isTrue();
        assertThat(test(view.grid).getCellText(rowOf(view.grid, username), 4)).isEqualTo("Active");
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() {
        var view = navigate(AccountsView.class);
        test(view.grid).select(rowOf(view.grid, "admin"));
        test(view.panel.toggle).click();

        assertThat(test($(Notification.class).last()).getText()).contains("cannot deactivate your own account");
        assertThat(accounts.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    private <T> int rowOf(Grid<T> grid, String text) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .filter(i -> tester.getCellText(i, 0).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " is not in the grid"));
    }
}
