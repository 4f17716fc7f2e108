package org.minutebook.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;

/** Administrators create sign-ins, reset forgotten passwords and deactivate accounts. Hashes never leave the service. */
@Route("admin/accounts")
@PageTitle("User accounts — Minutebook")
@Menu(title = "User accounts", order = 12)
@RolesAllowed("ADMIN")
class AccountsView extends Main {

    final Grid<UserAccount> grid = new Grid<>();
    final NewAccountForm createForm;
    final AccountPanel panel;

    private final AccountService accounts;
    private final PeopleService people;
    private Map<Long, Person> personById = Map.of();

    AccountsView(AccountService accounts, PeopleService people) {
        this.accounts = accounts;
        this.people = people;
        addClassNames("view", "admin-view");
        createForm = new NewAccountForm(this::create);
        panel = new AccountPanel(accounts, this::refresh);

        grid.addColumn(UserAccount::getUsername).setHeader("Username");
        grid.addColumn(UserAccount::getDisplayName).setHeader("Display name").setFlexGrow(2);
        grid.addColumn(a -> a.getRole().label()).setHeader("Role");
        grid.addColumn(a -> a.getPersonId() == null || !personById.containsKey(a.getPersonId()) ? ""
                : personById.get(a.getPersonId()).getName()).setHeader("Linked person").setFlexGrow(2);
        grid.addColumn(a -> a.isEnabled() ? "Active" : "Deactivated").setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("User accounts");
        grid.asSingleSelect().addValueChangeListener(e -> panel.show(e.getValue()));

        var split = new Div(grid, new Div(panel, createForm));
        split.addClassName("admin-split");
        add(new H1("User accounts"), split);
        refresh();
    }

    private void create(NewAccount form) {
        try {
            var person = form.getPerson();
            var created = accounts.create(form.getUsername(), form.getDisplayName().strip(), form.getPassword(),
                    form.getRole(), person == null ? null : person.getId());
            createForm.clear();
            refresh();
            Refusals.done("Created the account " + created.getUsername());
        } catch (RuntimeException refusal) {
            createForm.showRefusal(refusal);
        }
    }

    private void refresh() {
        var everyone = people.people();
        personById = everyone.stream().collect(java.util.stream.Collectors.toMap(Person::getId, p -> p));
        createForm.setPeople(everyone);
        Long selected = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().getId();
        var all = accounts.accounts();
        grid.setItems(all);
        all.stream().filter(a -> Objects.equals(a.getId(), selected)).findFirst().ifPresentOrElse(a -> {
            grid.select(a);
            panel.show(a);
        }, () -> panel.show(null));
    }
}
