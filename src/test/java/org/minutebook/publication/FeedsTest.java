package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The iCalendar and Atom feeds, parsed by ical4j and Rome as a subscriber's app would, and the links to them. */
@MinutebookTest
class FeedsTest {

    static final String HWB = ExportFixtures.HWB;
    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    ChairService chair;

    @Test
    void calendarHasTheBodysMeetingsInLondonTimeWithCancelledOnesMarkedAndStableUids() throws Exception {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        // 10.30am on a July day is 09:30 UTC (BST); 10.30am in January is 10:30 UTC (GMT).
        Instant summer = ZonedDateTime.of(2027, 7, 6, 10, 30, 0, 0, java.time.ZoneId.of("Europe/London")).toInstant();
        Instant winter = ZonedDateTime.of(2028, 1, 11, 10, 30, 0, 0, java.time.ZoneId.of("Europe/London")).toInstant();
        long[] ids = AsUser.as("clerk", Role.CLERK, () -> {
            long held = meetings.schedule(hwb, summer, "County Hall, Chichester", 1, false).getId();
            long cancelled = meetings.schedule(hwb, winter, null, 1, false).getId();
            chair.cancel(cancelled);
            return new long[] {held, cancelled};
        });

        String ics = ExportFixtures.getText(port, "/public/bodies/" + hwb + "/meetings.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(z ->
                assertThat(z.getRequiredProperty("TZID").getValue()).isEqualTo("Europe/London"));
        VEvent held = event(calendar, ids[0]).orElseThrow();
        assertThat(held.getRequiredProperty("DTSTART").getValue()).isEqualTo("20270706T103000");
        assertThat(held.getRequiredProperty("DTSTART").getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()))
                .hasValue("Europe/London");
        assertThat(held.getRequiredProperty("SUMMARY").getValue()).isEqualTo(HWB);
        assertThat(held.getRequiredProperty("LOCATION").getValue()).isEqualTo("County Hall, Chichester");
        assertThat(held.getRequiredProperty("STATUS").getValue()).isEqualTo("CONFIRMED");
        assertThat(held.getRequiredProperty("URL").getValue()).endsWith("/public/meetings/" + ids[0]);
        VEvent cancelled = event(calendar, ids[1]).orElseThrow();
        assertThat(cancelled.getRequiredProperty("DTSTART").getValue()).isEqualTo("20280111T103000");
        assertThat(cancelled.getRequiredProperty("STATUS").getValue()).isEqualTo("CANCELLED");
        // Only this body's meetings; the same UIDs on the next fetch, so calendars update rather than duplicate.
        List<String> uids = uids(calendar);
        assertThat(uids).doesNotHaveDuplicates().hasSize((int) meetings.meetingsOf(hwb).stream()
                .filter(m -> m.getStartsAt() != null).count());
        Calendar again = new CalendarBuilder().build(new StringReader(
                ExportFixtures.getText(port, "/public/bodies/" + hwb + "/meetings.ics")));
        assertThat(uids(again)).containsExactlyElementsOf(uids);
    }

    @Test
    void atomFeedsAnnounceNewlyPublishedMinutesPerBodyAndOverallWithNothingExempt() throws Exception {
        long[] ids = ExportFixtures.meetingWithExemptItem(people, meetings, chair, minutes, ExportFixtures.soon());
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        long scrutiny = people.bodyNamed(SCRUTINY).orElseThrow().getId();
        Meeting seed = ExportFixtures.seedMeeting(people, meetings, HWB, Seeds.minutes(0));

        String bodyXml = ExportFixtures.getText(port, "/public/bodies/" + hwb + "/minutes.atom");
        String allXml = ExportFixtures.getText(port, "/public/minutes.atom");
        SyndFeed body = new SyndFeedInput().build(new StringReader(bodyXml));
        SyndFeed all = new SyndFeedInput().build(new StringReader(allXml));
        SyndFeed other = new SyndFeedInput().build(new StringReader(
                ExportFixtures.getText(port, "/public/bodies/" + scrutiny + "/minutes.atom")));

        assertThat(body.getFeedType()).isEqualTo("atom_1.0");
        assertThat(body.getTitle()).isEqualTo("Minutes of the " + HWB);
        // Newest first: the minutes just published lead both feeds.
        for (SyndFeed feed : List.of(body, all)) {
            SyndEntry newest = feed.getEntries().getFirst();
            assertThat(newest.getLink()).endsWith("/public/meetings/" + ids[0]);
            assertThat(newest.getTitle()).startsWith("Minutes: " + HWB + ", ");
            assertThat(newest.getDescription().getValue())
                    .isEqualTo("1. Public health grant; 2. Award of the community care contract");
            assertThat(links(feed)).anyMatch(l -> l.endsWith("/public/meetings/" + seed.getId()));
        }
        assertThat(links(other)).noneMatch(l -> l.endsWith("/public/meetings/" + ids[0]));
        assertThat(links(all)).containsAll(links(other));
        for (String xml : List.of(bodyXml, allXml)) {
            assertThat(xml).doesNotContain(ExportFixtures.SECRETS.toArray(String[]::new));
        }
    }

    @Test
    void pagesLinkToTheDownloadsAndFeeds() {
        Meeting seed = ExportFixtures.seedMeeting(people, meetings, HWB, Seeds.minutes(0));
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();

        Document meetingPage = Jsoup.parse(ExportFixtures.getText(port, "/public/meetings/" + seed.getId()));
        Document bodyPage = Jsoup.parse(ExportFixtures.getText(port, "/public/bodies/" + hwb));

        String base = "/public/meetings/" + seed.getId();
        assertThat(meetingPage.select("nav.downloads a").eachText())
                .containsExactly("Download PDF", "Download Word", "Agenda pack (PDF)");
        assertThat(meetingPage.select("nav.downloads a").eachAttr("href"))
                .containsExactly(base + "/minutes.pdf", base + "/minutes.docx", base + "/agenda-pack.pdf");
        for (String href : meetingPage.select("nav.downloads a").eachAttr("href")) {
            assertThat(ExportFixtures.get(port, href).statusCode()).as(href).isEqualTo(200);
        }
        assertThat(bodyPage.select("nav.feeds a").eachText()).containsExactly("Subscribe (iCal)", "Atom feed");
        assertThat(bodyPage.select("nav.feeds a").eachAttr("href"))
                .containsExactly("/public/bodies/" + hwb + "/meetings.ics", "/public/bodies/" + hwb + "/minutes.atom");
        assertThat(bodyPage.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/public/minutes.atom");

        // A meeting with nothing published offers nothing to download.
        long draft = AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb, ExportFixtures.soon(), null, 1, false).getId());
        assertThat(Jsoup.parse(ExportFixtures.getText(port, "/public/meetings/" + draft)).select("nav.downloads")).isEmpty();
    }

    private static Optional<VEvent> event(Calendar calendar, long meetingId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID").map(Property.class::cast).map(Property::getValue)
                        .orElse("").equals("minutebook-meeting-" + meetingId))
                .findFirst();
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.<Property>getRequiredProperty("UID").getValue()).toList();
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }
}
