package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/** One account's actions: set a new password for someone who lost theirs, deactivate or reactivate. */
class AccountPanel extends Section {

    final H2 heading = new H2();
    final Paragraph status = new Paragraph();
    final PasswordField newPassword = new PasswordField("New password");
    final Button reset = new Button("Reset password");
    final Button toggle = new Button();

    private final AccountService accounts;
    private final Runnable onChange;
    private UserAccount account;

    AccountPanel(AccountService accounts, Runnable onChange) {
        this.accounts = accounts;
        this.onChange = onChange;
        addClassName("admin-form");
        newPassword.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters. Tell the user privately.");
        reset.addClickListener(e -> reset());
        toggle.addClickListener(e -> toggle());
        var resetRow = new HorizontalLayout(newPassword, reset);
        resetRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        resetRow.setWrap(true);
        add(heading, status, resetRow, toggle);
        setVisible(false);
    }

    void show(UserAccount account) {
        this.account = account;
        setVisible(account != null);
        if (account != null) {
            heading.setText(account.getDisplayName() + " (" + account.getUsername() + ")");
            status.setText(account.isEnabled() ? "This account can sign in." : "This account is deactivated: it cannot sign in.");
            toggle.setText(account.isEnabled() ? "Deactivate account" : "Reactivate account");
            toggle.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            if (account.isEnabled()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            newPassword.clear();
            newPassword.setInvalid(false);
        }
    }

    private void reset() {
        var problem = AccountService.passwordProblem(newPassword.getValue());
        if (problem.isPresent()) {
            newPassword.setErrorMessage(problem.get());
            newPassword.setInvalid(true);
            return;
        }
        try {
            accounts.resetPassword(account.getId(), newPassword.getValue());
            newPassword.clear();
            newPassword.setInvalid(false);
            Refusals.done("New password set for " + account.getUsername());
        } catch (RuntimeException refusal) {
            Refusals.show(refusal, Map.of("password", newPassword));
        }
    }

    private void toggle() {
        try {
            accounts.setEnabled(account.getId(), !account.isEnabled());
            Refusals.done((account.isEnabled() ? "Deactivated " : "Reactivated ") + account.getUsername());
            onChange.run();
        } catch (RuntimeException refusal) {
            Refusals.show(refusal, Map.of());
        }
    }
}
