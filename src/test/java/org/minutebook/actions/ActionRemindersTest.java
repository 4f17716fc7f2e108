package org.minutebook.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minutebook.people.AccountService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Reminders sent through a real SMTP conversation to an in-process GreenMail server. The shared test context has no
 * {@code spring.mail.host} (reminders are off, as in a fresh install), so the reminders are built here around a mail
 * sender for this test's server: one context for the whole suite, no fixed port.
 */
@MinutebookTest
class ActionRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountService accounts;

    ActionReminders reminders;
    long hwb;
    String tag;

    @BeforeEach
    void setUp() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        reminders = new ActionReminders(actions, people, accounts, sender, "minutebook@example.org", "https://minutes.example.org/");
        hwb = people.bodyNamed(HWB).orElseThrow().getId();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private Person person(String email, Long organisationId) {
        return AsUser.as("admin", Role.ADMIN, () -> {
            var p = new Person("Reminded " + tag, null, organisationId);
            p.setEmail(email);
            return people.savePerson(p);
        });
    }

    private Organisation organisation(String contact) {
        return AsUser.as("admin", Role.ADMIN, () -> {
            var o = new Organisation("Partner " + tag);
            o.setContactEmail(contact);
            return people.saveOrganisation(o);
        });
    }

    private Action action(NewAction a) {
        return AsUser.as("clerk", Role.CLERK, () -> actions.create(a));
    }

    private List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theWeeklyDigestListsAnOwnersActionsDueWithinTwoWeeksOrOverdueAndNothingLater() throws Exception {
        String email = "owner-" + tag + "@example.org";
        long owner = person(email, null).getId();
        LocalDate today = actions.today();
        action(NewAction.of(hwb, "Circulate the survey results " + tag).ownedByPerson(owner).dueOn(today.plusDays(10), null));
        action(NewAction.of(hwb, "Book the workshop venue " + tag).ownedByPerson(owner).dueOn(today.minusDays(3), null));
        action(NewAction.of(hwb, "Publish the annual report " + tag).ownedByPerson(owner).dueOn(today.plusDays(40), null));

        assertThat(reminders.sendWeeklyDigest()).isPositive();

        List<MimeMessage> mails = to(email);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your actions: 2 actions due within 14 days or overdue (1 overdue)");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("minutebook@example.org");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Circulate the survey results " + tag,
                "Due: " + ActionRowsDate.format(today.plusDays(10)),
                "Book the workshop venue " + tag, "Due: " + ActionRowsDate.format(today.minusDays(3)) + " (Overdue)",
                "https://minutes.example.org/my-actions");
        assertThat(body).doesNotContain("Publish the annual report");
    }

    @Test
    void anOrganisationsRemindersGoToItsContactAddressOrElseToItsOfficers() throws Exception {
        String shared = "team-" + tag + "@example.org";
        Organisation withContact = organisation(shared);
        Organisation without = organisation(null);
        String officerEmail = "officer-" + tag + "@example.org";
        Person officer = person(officerEmail, without.getId());
        accounts.createInitial("officer-" + tag, "Officer " + tag, "a-long-password-" + tag, Role.OFFICER, officer.getId());
        Person memberOnly = person("member-" + tag + "@example.org", without.getId()); // no officer account: no mail
        LocalDate today = actions.today();
        action(NewAction.of(hwb, "Contact-owned " + tag).ownedByOrganisation(withContact.getId()).dueOn(today.plusDays(1), null));
        action(NewAction.of(hwb, "Officer-owned " + tag).ownedByOrganisation(without.getId()).dueOn(today.minusDays(1), null));

        reminders.sendWeeklyDigest();

        assertThat(to(shared)).singleElement().satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("Contact-owned " + tag));
        assertThat(to(officerEmail)).singleElement().satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("Officer-owned " + tag));
        assertThat(to(memberOnly.getEmail())).isEmpty();
    }

    @Test
    void anOwnerIsToldWhenAnActionIsAssignedToThem() throws Exception {
        String email = "assignee-" + tag + "@example.org";
        long owner = person(email, null).getId();
        Action a = action(NewAction.of(hwb, "Draft the engagement plan " + tag).ownedByPerson(owner)
                .dueOn(LocalDate.of(2027, 3, 31), "by the end of March"));

        assertThat(reminders.sendAssignmentNotice(a.getId())).isEqualTo(1);

        MimeMessage mail = to(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("New action for you: Draft the engagement plan " + tag);
        assertThat(GreenMailUtil.getBody(mail)).contains("Draft the engagement plan " + tag, "Due: 31 March 2027",
                "West Sussex Health and Wellbeing Board");
    }

    @Test
    void anOwnerWithoutAnAddressGetsNothingAndNothingFails() {
        long owner = person(null, null).getId();
        Action a = action(NewAction.of(hwb, "Unreachable " + tag).ownedByPerson(owner).dueOn(actions.today(), null));
        assertThat(reminders.sendAssignmentNotice(a.getId())).isZero();
        assertThat(reminders.recipients(a)).isEmpty();
    }

    /** The digest's date format, written out here rather than borrowed, so a change to it shows up. */
    static final class ActionRowsDate {
        static String format(LocalDate d) {
            return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + " " + d.getYear();
        }
    }
}
