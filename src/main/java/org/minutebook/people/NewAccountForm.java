package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Creates a sign-in: who it is, what it may do, and a first password to hand over privately. */
class NewAccountForm extends Section {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    // Radio buttons rather than a Select: four choices read better, and Select's required state is an ARIA error.
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final ComboBox<Person> person = new ComboBox<>("Linked person");
    final PasswordField password = new PasswordField("Initial password");
    final Button create = new Button("Create account");

    private final BeanValidationBinder<NewAccount> binder = new BeanValidationBinder<>(NewAccount.class);

    NewAccountForm(Consumer<NewAccount> onCreate) {
        addClassName("admin-form");
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        username.setHelperText("What they type to sign in; stored in lower case");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setHelperText("Which bodies a clerk or member acts on comes from the linked person's memberships");
        person.setItemLabelGenerator(Person::getName);
        person.setClearButtonVisible(true);
        person.setHelperText("Optional; needed for clerks, members and officers");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH
                + " characters. Give it to the user privately; they can change it under My account.");

        binder.forField(password)
                .withValidator((value, context) -> AccountService.passwordProblem(value)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("password");
        binder.bindInstanceFields(this);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            var account = new NewAccount();
            if (binder.writeBeanIfValid(account)) {
                onCreate.accept(account);
            }
        });
        add(new H2("Create an account"), new FormLayout(username, displayName, role, person, password), create);
        clear();
    }

    void setPeople(List<Person> people) {
        person.setItems(people);
    }

    void clear() {
        binder.readBean(new NewAccount());
    }

    void showRefusal(RuntimeException refusal) {
        Refusals.show(refusal, Map.of("username", username, "password", password));
    }
}
