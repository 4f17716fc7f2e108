package org.minutebook.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minutebook.people.AccountService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.people.Role;
import org.minutebook.people.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail reminders, off until SMTP is configured ({@code spring.mail.host}): a weekly digest to each owner of their
 * open actions due within {@value DueState#SOON_DAYS} days or overdue, and a notice when an action is assigned.
 *
 * <p>Whom an owner's mail goes to: a person owner, their own e-mail address. An organisation owner, its contact
 * address if it has one; otherwise each person of that organisation with an enabled officer account and an e-mail
 * address (the people who may report progress on its actions). An owner with no address gets no mail.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ActionService actions;
    private final PeopleService people;
    private final AccountService accounts;
    private final JavaMailSender mail;
    private final String from;
    private final String baseUrl;

    ActionReminders(ActionService actions, PeopleService people, AccountService accounts, JavaMailSender mail,
                    @Value("${minutebook.reminders.from:minutebook@localhost}") String from,
                    @Value("${minutebook.base-url:}") String baseUrl) {
        this.actions = actions;
        this.people = people;
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Every Monday at 07:00 UK time unless {@code minutebook.reminders.cron} says otherwise. Returns the mails sent. */
    @Scheduled(cron = "${minutebook.reminders.cron:0 0 7 * * MON}", zone = "Europe/London")
    public int sendWeeklyDigest() {
        LocalDate today = actions.today();
        Map<String, List<Action>> byRecipient = new LinkedHashMap<>();
        for (Action a : actions.openOwnedDueBy(today.plusDays(DueState.SOON_DAYS))) {
            for (String to : recipients(a)) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(a);
            }
        }
        int sent = 0;
        for (var entry : byRecipient.entrySet()) {
            List<Action> list = entry.getValue();
            long overdue = list.stream().filter(a -> DueState.of(a, today) == DueState.OVERDUE).count();
            String subject = "Your actions: " + list.size() + (list.size() == 1 ? " action" : " actions")
                    + " due within " + DueState.SOON_DAYS + " days or overdue" + (overdue > 0 ? " (" + overdue + " overdue)" : "");
            StringBuilder text = new StringBuilder("These actions you own, or your organisation owns, are due within ")
                    .append(DueState.SOON_DAYS).append(" days or overdue:\n\n");
            list.forEach(a -> text.append(describe(a, today)).append('\n'));
            text.append(footer());
            if (send(entry.getKey(), subject, text.toString())) {
                sent++;
            }
        }
        return sent;
    }

    /** After the action is committed: tell its owner it is theirs. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onAssigned(ActionAssigned event) {
        sendAssignmentNotice(event.actionId());
    }

    /** Returns the mails sent. */
    public int sendAssignmentNotice(long actionId) {
        Action a = actions.actionForSystem(actionId).orElse(null);
        if (a == null) {
            return 0;
        }
        int sent = 0;
        String subject = "New action for you: " + shorten(a.getDescription());
        String text = "An action has been assigned to you" + (a.getOwnerOrganisationId() != null ? "r organisation" : "")
                + " by " + people.body(a.getBodyId()).getName() + ":\n\n" + describe(a, actions.today()) + '\n' + footer();
        for (String to : recipients(a)) {
            if (send(to, subject, text)) {
                sent++;
            }
        }
        return sent;
    }

    /** The addresses an action's reminders go to (see the class comment). */
    Set<String> recipients(Action a) {
        Set<String> to = new LinkedHashSet<>();
        if (a.getOwnerPersonId() != null) {
            String email = people.person(a.getOwnerPersonId()).getEmail();
            if (email != null) {
                to.add(email);
            }
        } else if (a.getOwnerOrganisationId() != null) {
            Organisation org = people.organisation(a.getOwnerOrganisationId()).orElse(null);
            if (org == null) {
                return to;
            }
            if (org.getContactEmail() != null) {
                to.add(org.getContactEmail());
                return to;
            }
            Map<Long, Person> staff = new LinkedHashMap<>();
            people.people().stream().filter(p -> org.getId().equals(p.getOrganisationId()) && p.getEmail() != null)
                    .forEach(p -> staff.put(p.getId(), p));
            for (UserAccount account : accounts.enabledAccountsOf(staff.keySet(), Role.OFFICER)) {
                to.add(staff.get(account.getPersonId()).getEmail());
            }
        }
        return to;
    }

    private String describe(Action a, LocalDate today) {
        String due = switch (a.getDueKind()) {
            case DATE -> DATE.format(a.getDueDate());
            case NEXT_MEETING -> "at the next meeting";
            case NONE -> "no date set";
        };
        String flag = DueState.of(a, today).label();
        return "- " + a.getDescription() + "\n  Due: " + due + (flag.isEmpty() ? "" : " (" + flag + ")")
                + "\n  Status: " + ActionService.label(a.getStatus())
                + "\n  Body: " + people.body(a.getBodyId()).getName() + "\n";
    }

    private String footer() {
        return "\nReport progress under \"My actions\"" + (baseUrl.isEmpty() ? "" : ": " + baseUrl + "/my-actions")
                + ".\n\nThis is an automatic message from Minutebook.\n";
    }

    private boolean send(String to, String subject, String text) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            // A mail server that is down must not undo or block the clerk's work; the next digest tries again.
            log.warn("Could not send an action reminder to {}: {}", to, e.getMessage());
            return false;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80).strip() + "…";
    }
}
