package org.minutebook.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    PeopleService people;

    @Test
    void anAdministratorAddsAnOrganisationAndThenAPersonWhoWorksThere() {
        String organisation = "NHS Test Trust " + UUID.randomUUID();
        String name = "Dr Test Person " + UUID.randomUUID();
        var view = navigate(PeopleView.class);

        test(view.organisations.name).setValue(organisation);
        test(view.organisations.save).click();
        assertThat(people.organisations()).extracting(Organisation::getName).contains(organisation);

        test(view.newPerson).click();
        test(view.form.save).click();
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Enter the person's name");

        test(view.form.name).setValue(name);
        test(view.form.jobTitle).setValue("Director of Public Health");
        test(view.form.organisation).selectItem(organisation);
        test(view.form.save).click();

        Person saved = people.people().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getJobTitle()).isEqualTo("Director of Public Health");
        assertThat(people.organisation(saved.getOrganisationId())).get().extracting(Organisation::getName).isEqualTo(organisation);
        assertThat(view.grid.getSelectedItems()).containsExactly(saved);
    }
}
