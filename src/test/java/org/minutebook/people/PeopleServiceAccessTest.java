package org.minutebook.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The server refuses what the views hide: the check is in the services, whatever calls them. */
@MinutebookTest
class PeopleServiceAccessTest {

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Test
    void aMemberCannotSaveABody() {
        String name = "Sneaky Board " + UUID.randomUUID();
        assertThatThrownBy(() -> AsUser.as("member", Role.MEMBER, () -> people.saveBody(new Body(name, BodyKind.BOARD))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.bodyNamed(name)).isEmpty();
    }

    @Test
    void aClerkCannotChangeMembershipsOrCreateAccounts() {
        Body hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow();
        Person someone = people.people().getFirst();
        assertThatThrownBy(() -> AsUser.as("clerk", Role.CLERK,
                () -> people.addMembership(someone.getId(), hwb.getId(), MembershipRole.CHAIR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as("clerk", Role.CLERK,
                () -> accounts.create("by-clerk", "By Clerk", "a long enough secret", Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyChangesSomeoneElsesPassword() {
        assertThatThrownBy(() -> AsUser.run("member", Role.MEMBER,
                () -> accounts.changeOwnPassword("chair", "demo-password", "a new password here")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theServiceRefusesAnItemNumberFormatWithoutTheNumber() {
        var body = new Body("Format Board " + UUID.randomUUID(), BodyKind.BOARD);
        body.setHouseStyle(new HouseStyle(ItemNumbering.RUNNING, "Minute", true, "Resolved:", ClauseMarkStyle.LETTER_PAREN));
        assertThatThrownBy(() -> AsUser.as("admin", Role.ADMIN, () -> people.saveBody(body)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("itemNumberFormat"));
    }

    @Test
    void itemNumberFormatsNeedTheNumberAndOnlyKnownPlaceholders() {
        assertThat(HouseStyle.itemNumberFormatProblem("{n}")).isEmpty();
        assertThat(HouseStyle.itemNumberFormatProblem("{n}/{yy}")).isEmpty();
        assertThat(HouseStyle.itemNumberFormatProblem("{yy}")).isPresent();
        assertThat(HouseStyle.itemNumberFormatProblem("{N}")).hasValueSatisfying(p -> assertThat(p).contains("{N}"));
        assertThat(HouseStyle.itemNumberFormatProblem(" ")).isPresent();
    }
}
