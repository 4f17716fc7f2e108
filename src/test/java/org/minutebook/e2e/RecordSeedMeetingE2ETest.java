package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.DueKind;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clerk minutes seed 000's item 14 live, through the console, while a member of the public watches the public
 * live page: every paragraph appears there without a reload, numbered as in the seed, and the published minutes
 * afterwards read as the seed does. The expected text comes from the seed file, through the one normaliser.
 */
class RecordSeedMeetingE2ETest extends BrowserTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    final SeedMinutes seed = Seeds.minutes(0);
    Meeting meeting;
    AgendaItem item;

    @BeforeEach
    void aLiveMeetingWithTheSeedItemOpen() {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, "County Hall, Chichester", 14, false));
        ItemDetails d = new ItemDetails();
        d.setTitle(seed.itemTitle());
        item = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), d));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting.getId()));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(item.getId());
        });
    }

    @Test
    void theClerkRecordsItem14ThroughTheConsoleAndTheVisitorSeesEachMinuteAsTheSeedPrintsIt() {
        Page clerk = signedIn("clerk");
        clerk.navigate(url("/meetings/" + meeting.getId() + "/clerk"));
        assertThat(clerk.locator("#clerk-item-heading")).containsText("14.");
        Page visitor = newVisitor();
        visitor.navigate(url("/public/meetings/" + meeting.getId()));
        assertThat(visitor.getByText("Live: updates appear as they are recorded.")).isVisible();
        Locator shown = visitor.locator("#item-" + item.getId() + " .para");

        int n = 0;
        for (SeedMinutes.Paragraph p : seed.paragraphs()) {
            if (p.isResolution()) {
                continue;
            }
            // The last save has closed its editor (the visitor may see it before the clerk's page has it).
            assertThat(clerk.locator(".clerk-editor")).hasCount(0);
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New paragraph (Alt+P)")).click();
            assertThat(clerk.locator(".clerk-editor")).hasCount(1);
            clerk.getByLabel("Paragraph text").fill(markdown(p));
            long clicked = System.nanoTime();
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save (Ctrl+Enter)")).click();
            try {
                assertThat(shown.nth(n).locator(".para-number")).hasText(p.number());
            } catch (AssertionError e) {
                screenshot(clerk, "failed-clerk-" + p.number());
                throw e;
            }
            long seen = System.nanoTime();
            if (n == 0) {
                System.out.printf("Clerk's save click → paragraph %s on the public live page: %d ms (upper bound: "
                        + "includes the click's round trip and Playwright's polling)%n", p.number(), (seen - clicked) / 1_000_000);
            }
            assertThat(SeedText.normalise(shown.nth(n).locator(".para-body").innerText())).as("minute " + p.number())
                    .isEqualTo(SeedText.normalise(p.allText()));
            n++;
        }
        assertThat(clerk.locator(".clerk-editor")).hasCount(0);

        SeedMinutes.Paragraph resolved = seed.paragraphs().stream().filter(SeedMinutes.Paragraph::isResolution).findFirst().orElseThrow();
        SeedMinutes.Clauses r = resolved.resolution();
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New resolution (Alt+C)")).click();
        clerk.getByLabel("Opening words").fill(r.preamble());
        for (int i = 0; i < r.clauses().size(); i++) {
            SeedMinutes.Clause c = r.clauses().get(i);
            if (i > 0) {
                clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add clause (Alt+C)")).click();
            }
            clerk.getByLabel("Clause " + c.mark(), new Page.GetByLabelOptions().setExact(true)).fill(c.text());
        }
        screenshot(clerk, "clerk-console-resolution");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save resolution (Ctrl+Enter)")).click();
        Locator resolution = shown.nth(n);
        assertThat(resolution.locator(".para-number")).hasText(resolved.number());
        assertThat(resolution.locator(".preamble")).hasText(r.preamble());
        assertThat(resolution.locator(".clauses .mark")).hasText(r.marks().toArray(String[]::new));
        assertThat(shown.locator(".para-number")).hasText(seed.numbers().toArray(String[]::new));

        // The three actions the minutes imply.
        action(clerk, "Provide engagement support to Children's Services in developing the Children First Improvement Plan",
                "Healthwatch", "At the next meeting", "14.6");
        action(clerk, "Arrange a workshop at the end of July for the Board to support the development of the Improvement Plan",
                null, null, "14.6");
        action(clerk, "Share a revised funding position for Children's Services with the Board",
                "West Sussex County Council", "At the next meeting", "14.5");
        assertThat(clerk.locator(".clerk-action-list li")).hasCount(3);
        screenshot(clerk, "clerk-console-item-14");
        screenshot(visitor, "public-live-item-14");

        Map<Long, String> organisations = people.organisations().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        MeetingRecord record = as("clerk", Role.CLERK, () -> minutes.record(meeting.getId()));
        Map<Long, String> numbers = record.items().getFirst().paragraphs().stream()
                .collect(Collectors.toMap(MeetingRecord.Paragraph::id, MeetingRecord.Paragraph::number));
        List<Action> raised = as("clerk", Role.CLERK, () -> actions.actionsOfMeeting(meeting.getId()));
        assertThat(raised).hasSize(3);
        Action funding = raised.stream().filter(a -> a.getDescription().contains("funding")).findFirst().orElseThrow();
        assertThat(organisations.get(funding.getOwnerOrganisationId())).isEqualTo("West Sussex County Council");
        assertThat(funding.getDueKind()).isEqualTo(DueKind.NEXT_MEETING);
        assertThat(numbers.get(funding.getSourceParagraphId())).isEqualTo("14.5");
        Action engagement = raised.stream().filter(a -> a.getDescription().contains("engagement")).findFirst().orElseThrow();
        assertThat(organisations.get(engagement.getOwnerOrganisationId())).isEqualTo("Healthwatch");
        assertThat(numbers.get(engagement.getSourceParagraphId())).isEqualTo("14.6");
        Action workshop = raised.stream().filter(a -> a.getDescription().contains("workshop")).findFirst().orElseThrow();
        assertThat(numbers.get(workshop.getSourceParagraphId())).isEqualTo("14.6");

        run("chair", Role.MEMBER, () -> chair.closeMeeting(meeting.getId()));
        run("clerk", Role.CLERK, () -> {
            minutes.approve(meeting.getId());
            minutes.publish(meeting.getId());
        });
        Page reader = newVisitor();
        reader.navigate(url("/public/meetings/" + meeting.getId()));
        Locator published = reader.locator(".record .para");
        assertThat(published.locator(".para-number")).hasText(seed.numbers().toArray(String[]::new));
        for (SeedMinutes.Paragraph expected : seed.paragraphs()) {
            Locator para = published.filter(new Locator.FilterOptions().setHas(
                    reader.locator(".para-number", new Page.LocatorOptions().setHasText(expected.number()))));
            String body = SeedText.normalise(para.locator(".para-body").innerText());
            if (expected.isResolution()) {
                assertThat(body).startsWith(SeedText.normalise(expected.resolution().preamble()));
                for (SeedMinutes.Clause clause : expected.resolution().clauses()) {
                    assertThat(body).contains(SeedText.normalise(clause.mark() + " " + clause.text()));
                }
            } else {
                assertThat(body).as("minute " + expected.number()).isEqualTo(SeedText.normalise(expected.allText()));
            }
        }
        assertThat(reader.locator(".draft-banner")).hasCount(0);
        screenshot(reader, "published-item-14");
    }

    /** The seed paragraph as the clerk types it: the lead, then its bullets as "- " lines (nested by two spaces). */
    static String markdown(SeedMinutes.Paragraph p) {
        var sb = new StringBuilder(p.lead());
        if (!p.bullets().isEmpty()) {
            sb.append("\n\n");
            p.bullets().forEach(b -> bullet(sb, b, ""));
        }
        return sb.toString().strip();
    }

    private static void bullet(StringBuilder sb, SeedMinutes.Bullet b, String indent) {
        sb.append(indent).append("- ").append(b.text()).append('\n');
        b.children().forEach(c -> bullet(sb, c, indent + "  "));
    }

    /** A new action through the form: owner organisation (or none), due (or not given), the minute it came from. */
    private void action(Page clerk, String what, String organisation, String due, String from) {
        assertThat(clerk.locator(".clerk-action-form")).hasCount(0);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New action (Alt+A)")).click();
        clerk.getByLabel("What was undertaken").fill(what);
        if (organisation != null) {
            Locator owner = clerk.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("or an organisation"));
            owner.click();
            owner.fill(organisation);
            clerk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(organisation)).first().click();
        }
        if (due != null) {
            clerk.getByText(due, new Page.GetByTextOptions().setExact(true)).click();
        }
        clerk.locator(".clerk-action-form vaadin-select").click();
        clerk.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(from)).first().click();
        screenshot(clerk, "clerk-action-form");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create action (Ctrl+Enter)")).click();
        assertThat(clerk.locator(".clerk-action-form")).hasCount(0);
    }
}
