package org.minutebook.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class BodiesViewTest extends SpringBrowserlessTest {

    @Autowired
    PeopleService people;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aQuorumOfNoneIsRefusedBesideTheFieldAndTheFixedBodyThenAppearsInTheList() {
        String name = "Quorum Test Panel " + UUID.randomUUID();
        var view = navigate(BodiesView.class);
        test(view.newBody).click();
        test(view.form.name).setValue(name);
        test(view.form.kind).selectItem("Panel");
        test(view.form.quorum).setValue(0);
        test(view.form.save).click();

        assertThat(view.form.quorum.isInvalid()).isTrue();
        assertThat(view.form.quorum.getErrorMessage()).isEqualTo("A quorum is at least one member");
        assertThat(view.form.name.getValue()).as("nothing typed is lost").isEqualTo(name);
        assertThat(people.bodyNamed(name)).isEmpty();

        test(view.form.quorum).setValue(4);
        test(view.form.clauseMarks).selectItem("(1) (2) (3)");
        test(view.form.save).click();

        int row = rowOf(view.grid, name);
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Panel");
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("4");
        Body saved = people.bodyNamed(name).orElseThrow();
        assertThat(saved.getHouseStyle().clauseMarks()).isEqualTo(ClauseMarkStyle.NUMBER_BOTH);
        assertThat(view.members.isVisible()).as("a saved body can take members").isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anItemNumberFormatWithoutItsNumberIsExplainedBesideTheField() {
        var view = navigate(BodiesView.class);
        test(view.newBody).click();
        test(view.form.name).setValue("Format Test Board " + UUID.randomUUID());
        test(view.form.itemNumberFormat).setValue("Item {N}");
        test(view.form.save).click();

        assertThat(view.form.itemNumberFormat.isInvalid()).isTrue();
        assertThat(view.form.itemNumberFormat.getErrorMessage()).contains("{N}");
        assertThat(view.form.itemNumberFormat.getHelperText()).contains("{yy}");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aNameAnotherBodyHasIsRefusedBesideTheName() {
        var view = navigate(BodiesView.class);
        test(view.newBody).click();
        test(view.form.name).setValue("West Sussex Health and Wellbeing Board");
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Another body already has this name");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSaveOverSomeoneElsesChangeIsRefusedWithAClearMessage() {
        Body body = people.saveBody(new Body("Conflict Test Committee " + UUID.randomUUID(), BodyKind.COMMITTEE));
        var view = navigate(BodiesView.class);
        test(view.grid).select(rowOf(view.grid, body.getName()));
        assertThat(view.form.name.getValue()).isEqualTo(body.getName());

        // Another administrator saves first.
        Body theirs = people.body(body.getId());
        theirs.setQuorum(5);
        people.saveBody(theirs);

        test(view.form.quorum).setValue(3);
        test(view.form.save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(Refusals.CONFLICT);
        assertThat(view.form.quorum.getValue()).as("nothing typed is lost").isEqualTo(3);
        assertThat(people.body(body.getId()).getQuorum()).as("their change stands").isEqualTo(5);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorAddsAMemberAndEndsTheMembership() {
        Body body = people.saveBody(new Body("Membership Test Board " + UUID.randomUUID(), BodyKind.BOARD));
        Person person = people.savePerson(new Person("Test Councillor " + UUID.randomUUID(), null, null));
        var view = navigate(BodiesView.class);
        test(view.grid).select(rowOf(view.grid, body.getName()));

        test(view.members.person).selectItem(person.getName());
        test(view.members.role).selectItem("Vice-chair");
        test(view.members.add).click();

        assertThat(test(view.members.grid).size()).isEqualTo(1);
        assertThat(test(view.members.grid).getCellText(0, 0)).isEqualTo(person.getName());
        assertThat(test(view.members.grid).getCellText(0, 1)).isEqualTo("Vice-chair");
        assertThat(people.currentMembers(body.getId())).singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(MembershipRole.VICE_CHAIR));

        // The same seat twice is refused, with the service's words beside the person.
        test(view.members.person).selectItem(person.getName());
        test(view.members.role).selectItem("Vice-chair");
        test(view.members.add).click();
        assertThat(view.members.person.isInvalid()).isTrue();
        assertThat(view.members.person.getErrorMessage()).isEqualTo("This person already holds that role on the body");

        test((com.vaadin.flow.component.button.Button) test(view.members.grid).getCellComponent(0, 2)).click();
        assertThat(test(view.members.grid).size()).isZero();
        assertThat(people.currentMembers(body.getId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberIsTurnedAwayFromTheBodiesView() {
        assertThatThrownBy(() -> navigate(BodiesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberSeesNoAdministrationInTheMenu() {
        navigate(AccountView.class);
        var titles = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(titles).doesNotContain("Bodies", "People", "User accounts");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorSeesTheAdministrationInTheMenu() {
        navigate(AccountView.class);
        var titles = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(titles).contains("Bodies", "People", "User accounts");
    }

    private <T> int rowOf(Grid<T> grid, String text) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .filter(i -> tester.getCellText(i, 0).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " is not in the grid"));
    }
}
