package org.minutebook.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.minutebook.actions.ActionService;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.AccountService;
import org.minutebook.people.Body;
import org.minutebook.people.BodyKind;
import org.minutebook.people.ClauseMarkStyle;
import org.minutebook.people.HouseStyle;
import org.minutebook.people.ItemNumbering;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.people.Role;
import org.minutebook.plan.PlanService;
import org.minutebook.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data built from the seeds in shared/seeds, loaded on the first start of an empty database when
 * {@code minutebook.demo-data=true} (the run command's H2 database, and the tests). Never in production
 * unless asked. People and organisations appear only as the seeds name them; the demo sign-ins are plainly
 * fictional. Everything goes through the services, as the demo administrator, so the same rules apply.
 *
 * <p>The seeds' text is written out in Java, one class a seed ({@link Seed000}, {@link Seed002}, {@link Seed003},
 * with {@link SeedPeople}, {@link SeedPlans} and {@link DemoActions}), because the app must run from its jar alone;
 * the tests compare it with the seed files themselves.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    /** Every demo account's password; the README lists the accounts. */
    static final String PASSWORD = "demo-password";

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";
    /** Seed 003 does not name its county; the name says only what the record says. */
    static final String OTHER_HWB = "Health and Wellbeing Board (another county, seed 003)";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final PeopleService people;
    private final AccountService accounts;
    private final MeetingService meetings;
    private final ChairService chair;
    private final MinutesService minutes;
    private final PlanService plans;
    private final ActionService actions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(@Value("${minutebook.demo-data:false}") boolean enabled, PeopleService people, AccountService accounts,
             MeetingService meetings, ChairService chair, MinutesService minutes, PlanService plans, ActionService actions, TransactionTemplate transaction,
             Clock clock) {
        this.enabled = enabled;
        this.people = people;
        this.accounts = accounts;
        this.meetings = meetings;
        this.chair = chair;
        this.minutes = minutes;
        this.plans = plans;
        this.actions = actions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !people.bodies().isEmpty()) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            // All or nothing: if loading fails, the next start finds an empty database and tries again.
            transaction.executeWithoutResult(status -> {
                accounts.createInitial("admin", "Demo Admin", PASSWORD, Role.ADMIN, null);
                load();
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Loaded the demo data from the seeds. Sign in as admin, clerk, chair, member or officer with password '{}'.", PASSWORD);
    }

    private void load() {
        Organisation council = people.saveOrganisation(new Organisation("West Sussex County Council"));
        Organisation healthwatch = people.saveOrganisation(new Organisation("Healthwatch"));

        Body hwb = new Body(HWB, BodyKind.BOARD);
        hwb.setOrganisationId(council.getId());
        // Minutes run on through the year: the seed's item is minute 14.
        hwb.setHouseStyle(new HouseStyle(ItemNumbering.RUNNING, "{n}", true, "Resolved that the Board:", ClauseMarkStyle.LETTER_PAREN));
        hwb = people.saveBody(hwb);

        Body scrutiny = new Body(SCRUTINY, BodyKind.COMMITTEE);
        scrutiny.setOrganisationId(council.getId());
        scrutiny.setHouseStyle(new HouseStyle(ItemNumbering.RUNNING, "{n}", true, "Resolved that the Committee:", ClauseMarkStyle.NUMBER_DOT));
        scrutiny = people.saveBody(scrutiny);

        Body otherHwb = new Body(OTHER_HWB, BodyKind.BOARD);
        // Seed 003 prints neither item nor paragraph numbers.
        otherHwb.setHouseStyle(new HouseStyle(ItemNumbering.NONE, "{n}", false, "Resolved that the Board:", ClauseMarkStyle.LETTER_PAREN));
        otherHwb = people.saveBody(otherHwb);

        // Fictional demo people, one per role, so each role can be tried.
        Person clerk = people.savePerson(new Person("Demo Clerk", "Democratic Services Officer", council.getId()));
        Person chair = people.savePerson(new Person("Demo Chair", null, null));
        Person member = people.savePerson(new Person("Demo Member", null, null));
        Person officer = people.savePerson(new Person("Demo Officer", null, healthwatch.getId()));
        for (Body body : List.of(hwb, scrutiny, otherHwb)) {
            people.addMembership(clerk.getId(), body.getId(), MembershipRole.CLERK);
        }
        people.addMembership(chair.getId(), hwb.getId(), MembershipRole.CHAIR);
        people.addMembership(member.getId(), hwb.getId(), MembershipRole.MEMBER);
        accounts.createInitial("clerk", "Demo Clerk", PASSWORD, Role.CLERK, clerk.getId());
        accounts.createInitial("chair", "Demo Chair", PASSWORD, Role.MEMBER, chair.getId());
        accounts.createInitial("member", "Demo Member", PASSWORD, Role.MEMBER, member.getId());
        accounts.createInitial("officer", "Demo Officer", PASSWORD, Role.OFFICER, officer.getId());

        // An upcoming board meeting, its draft agenda the standard items, ready to run live.
        var startsAt = LocalDate.now(clock).plusWeeks(3).atTime(LocalTime.of(10, 30)).atZone(UkTime.ZONE).toInstant();
        meetings.schedule(hwb.getId(), startsAt, null, 1);

        // The seeds: their people, their meetings as published, the plans and the actions the minutes imply.
        // The text is in Java, not read from the seed files: the app runs from its jar alone.
        SeedPeople.create(people, council.getId(), scrutiny.getId());
        var recorder = new SeedMeeting(meetings, this.chair, minutes);
        var seed000 = Seed000.record(recorder, hwb.getId());
        var seed002 = Seed002.record(recorder, scrutiny.getId());
        Seed003.record(recorder, otherHwb.getId());
        var childrenFirst = SeedPlans.childrenFirst(plans, hwb.getId());
        SeedPlans.otherCounty(plans, otherHwb.getId());
        DemoActions.create(actions, hwb.getId(), scrutiny.getId(), council.getId(), healthwatch.getId(),
                seed000, seed002, childrenFirst);
    }
}
