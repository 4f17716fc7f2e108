package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Any signed-in user's own account: change the password. Whose password changes comes from the server's
 * authentication, never from the form.
 */
@Route("account")
@PageTitle("My account — Minutebook")
@PermitAll
class AccountView extends Main {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat the new password");
    final Button change = new Button("Change password");

    private final Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);

    AccountView(AccountService accounts, AuthenticationContext auth) {
        addClassNames("view", "account-view");
        String username = auth.getPrincipalName().orElseThrow();
        String shownAs = accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);

        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        newPassword.setRequiredIndicatorVisible(true);
        repeatPassword.setRequiredIndicatorVisible(true);
        newPassword.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");

        binder.forField(currentPassword).asRequired("Enter your current password").bind("currentPassword");
        binder.forField(newPassword)
                .withValidator((value, context) -> AccountService.passwordProblem(value)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("newPassword");
        var repeat = binder.forField(repeatPassword)
                .withValidator(value -> value.equals(newPassword.getValue()), "The two new passwords are not the same")
                .bind("repeatPassword");
        // Typing the new password again re-checks the repeat, so a stale "not the same" does not linger.
        newPassword.addValueChangeListener(e -> {
            if (!repeatPassword.isEmpty()) {
                repeat.validate();
            }
        });

        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            var form = new PasswordChange();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getNewPassword());
                binder.readBean(new PasswordChange());
                Refusals.done("Your password is changed. Use the new one next time you sign in.");
            } catch (RuntimeException refusal) {
                Refusals.show(refusal, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
            }
        });

        var password = new Section(new H2("Change your password"),
                new FormLayout(currentPassword, newPassword, repeatPassword), change);
        add(new H1("My account"), new Paragraph("Signed in as " + shownAs + " (" + username + ")."), password);
        binder.readBean(new PasswordChange());
    }
}
