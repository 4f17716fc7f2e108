package org.minutebook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.DueKind;
import org.minutebook.actions.PlanLink;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.Paper;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MeasureValue;
import org.minutebook.plan.Milestone;
import org.minutebook.plan.MilestoneStatus;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesAccess;
import org.minutebook.security.MinutesStatus;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data reads like the seeds: every expected word comes from the seed files (never from the loader's
 * constants), and the record is read as the public reads it.
 */
@MinutebookTest
class DemoDataTest {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Autowired
    PeopleService people;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    // ---------------------------------------------------------------- seed 000

    @Test
    void seed000IsPublishedAsMinutes14Point1To14Point8WithTheSeedsWords() {
        SeedMinutes seed = Seeds.minutes(0);
        MeetingRecord record = minutes.record(seedMeeting(DemoData.HWB, seed).getId());

        assertThat(record.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(record.minutes()).isEqualTo(MinutesAccess.FINAL);
        assertThat(record.venue()).isNull();
        assertThat(record.present()).isEmpty();
        assertThat(record.apologies()).isEmpty();
        MeetingRecord.Item item = onlyItem(record);
        assertThat(item.number()).isEqualTo("14");
        assertThat(item.title()).isEqualTo(seed.itemTitle());
        assertThat(item.status()).isEqualTo(ItemStatus.DONE);

        assertThat(numbers(item)).containsExactlyElementsOf(seed.numbers());
        assertThat(numbers(item)).containsExactly("14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "14.7", "14.8");
        assertSameWords(item, seed.paragraphs());

        MeetingRecord.Paragraph resolution = item.paragraphs().getLast();
        SeedMinutes.Clauses expected = seed.resolution().orElseThrow();
        assertThat(resolution.resolution()).isTrue();
        assertThat(resolution.preamble()).isEqualTo(expected.preamble());
        assertThat(resolution.clauses()).extracting(MeetingRecord.Clause::mark).containsExactly("a)", "b)", "c)")
                .containsExactlyElementsOf(expected.marks());
        assertThat(resolution.clauses()).extracting(c -> SeedText.normalise(c.text()))
                .containsExactlyElementsOf(expected.clauses().stream().map(c -> SeedText.normalise(c.text())).toList());
    }

    @Test
    void seed000ItemCarriesItsSummaryRecommendationsAndTheSeed004Report() {
        SeedMinutes seed = Seeds.minutes(0);
        Meeting meeting = seedMeeting(DemoData.HWB, seed);
        MeetingRecord.Item item = onlyItem(minutes.record(meeting.getId()));

        assertThat(SeedText.normalise(item.summary())).isEqualTo(SeedText.normalise(seed000Summary()));
        assertThat(item.recommendationsIntro()).isEqualTo(seed.recommendations().preamble());
        assertThat(item.recommendations()).extracting(MeetingRecord.Clause::mark)
                .containsExactlyElementsOf(seed.recommendations().marks());
        assertThat(item.recommendations()).extracting(c -> SeedText.normalise(c.text()))
                .containsExactlyElementsOf(seed.recommendations().clauses().stream()
                        .map(c -> SeedText.normalise(c.text())).toList());

        List<String> seed004 = Seeds.lines(4).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(SeedText.normalise(item.reportAuthor()))
                .isEqualTo(SeedText.normalise(seed004.getFirst()).replaceFirst("^Report by ", ""));
        assertThat(item.papers()).singleElement().satisfies(p ->
                assertThat(SeedText.normalise(p.title())).isEqualTo(SeedText.normalise(seed004.getFirst())));
        Paper paper = meetings.papersOf(List.of(item.id())).getFirst();
        assertThat(SeedText.normalise(paper.getBodyText())).isEqualTo(SeedText.normalise(Seeds.read(4)));
        assertThat(meetings.item(item.id()).getContact()).isEqualTo(seed004.get(seed004.size() - 3).replace("Contact: ", ""));
        assertThat(meetings.item(item.id()).getOutcome()).isEqualTo(ItemOutcome.RESOLVED);
    }

    // ---------------------------------------------------------------- seed 002

    @Test
    void seed002KeepsTheSeedsWordsInOrderWhileTheEngineNumbersWithoutTheGap() {
        SeedMinutes seed = Seeds.minutes(2);
        Meeting meeting = seedMeeting(DemoData.SCRUTINY, seed);
        MeetingRecord.Item item = onlyItem(minutes.record(meeting.getId()));

        assertThat(item.number()).isEqualTo("4");
        assertThat(seed.numbers()).containsExactly("4.1", "4.2", "4.3", "4.5", "4.6", "4.7", "4.8");
        assertThat(numbers(item)).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7");
        assertSameWords(item, seed.paragraphs());

        MeetingRecord.Paragraph resolution = item.paragraphs().getLast();
        SeedMinutes.Clauses expected = seed.resolution().orElseThrow();
        assertThat(resolution.preamble()).isEqualTo(expected.preamble());
        assertThat(resolution.clauses()).extracting(MeetingRecord.Clause::mark).containsExactlyElementsOf(expected.marks());
        assertThat(resolution.clauses()).extracting(c -> SeedText.normalise(c.text()))
                .containsExactlyElementsOf(expected.clauses().stream().map(c -> SeedText.normalise(c.text())).toList());
        assertThat(meetings.item(item.id()).getOutcome()).isEqualTo(ItemOutcome.RESOLVED);
    }

    @Test
    void seed002NestsTheKeyAreasAndKeepsTheThemesApartFromTheBullets() {
        SeedMinutes seed = Seeds.minutes(2);
        MeetingRecord.Item item = onlyItem(minutes.record(seedMeeting(DemoData.SCRUTINY, seed).getId()));

        String keyAreas = item.paragraphs().get(2).html();
        assertThat(keyAreas).containsPattern("(?s)<li>12 key areas.*?<ul>\\s*<li>Caseloads</li>");
        String themes = item.paragraphs().get(4).html();
        assertThat(themes.split("<ul>", -1)).hasSize(3);
        assertThat(themes).containsPattern("(?s)<li>Whole Service Design\\.</li>\\s*</ul>\\s*<ul>\\s*<li>He explained");
    }

    // ---------------------------------------------------------------- seed 003

    @Test
    void seed003IsUnnumberedAndNotedWithoutResolution() {
        SeedMinutes seed = Seeds.minutes(3);
        Meeting meeting = seedMeeting(DemoData.OTHER_HWB, seed);
        MeetingRecord.Item item = onlyItem(minutes.record(meeting.getId()));

        assertThat(item.number()).isNull();
        assertThat(item.title()).isEqualTo(seed.itemTitle());
        assertThat(numbers(item)).hasSize(3).containsOnlyNulls();
        assertThat(item.paragraphs()).noneMatch(MeetingRecord.Paragraph::resolution);
        assertSameWords(item, seed.paragraphs());
        assertThat(meetings.item(item.id()).getOutcome()).isEqualTo(ItemOutcome.NOTED);
    }

    // ---------------------------------------------------------------- plans

    @Test
    void childrenFirstPlanHasSeed001sTwelveAreasAndSeed002sSevenThemes() {
        PlanDetails plan = childrenFirst();

        List<Seeds.Point> points = Seeds.ofstedPoints();
        assertThat(plan.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT))
                .extracting(Recommendation::getNumber).containsExactlyElementsOf(points.stream().map(Seeds.Point::number).toList());
        assertThat(plan.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT))
                .extracting(r -> SeedText.normalise(r.getText()))
                .containsExactlyElementsOf(points.stream().map(p -> SeedText.normalise(p.text())).toList());
        assertThat(plan.themes()).extracting(Theme::getTitle).containsExactlyElementsOf(Seeds.themes());
    }

    @Test
    void childrenFirstMilestonesKeepTheRecordsWordsWithTheLatestDayTheyAllow() {
        PlanDetails plan = childrenFirst();
        String seeds001And004 = SeedText.normalise(Seeds.read(1) + " " + Seeds.read(4));

        assertThat(plan.milestones()).extracting(Milestone::getDueDate).containsExactly(
                LocalDate.of(2019, 6, 4), LocalDate.of(2019, 7, 31), LocalDate.of(2019, 9, 30),
                LocalDate.of(2019, 12, 1), LocalDate.of(2021, 8, 31));
        assertThat(plan.milestones()).extracting(Milestone::getStatus).containsExactly(MilestoneStatus.ACHIEVED,
                MilestoneStatus.PLANNED, MilestoneStatus.PLANNED, MilestoneStatus.PLANNED, MilestoneStatus.PLANNED);
        // Every phrase of every due text is printed in seed 004 or seed 001.
        assertThat(plan.milestones()).allSatisfy(m -> assertThat(Arrays.stream(m.getDueText().split("; ")))
                .allSatisfy(words -> assertThat(seeds001And004).containsIgnoringCase(SeedText.normalise(words))));
    }

    @Test
    void childrenFirstMeasuresHoldOnlyTheFiguresTheSeedsGive() {
        PlanDetails plan = childrenFirst();
        String seed001 = SeedText.normalise(Seeds.read(1));
        String seed004 = SeedText.normalise(Seeds.read(4));
        Map<String, Measure> byName = plan.measures().stream()
                .collect(Collectors.toMap(m -> m.getName().split(" ")[0], Function.identity()));

        assertThat(byName.keySet()).containsExactlyInAnyOrder("Newly", "Apprentices", "Health-assessment", "Permanent");
        assertThat(byName.get("Newly").getValues()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("41");
            assertThat(v.recordedOn()).isEqualTo(LocalDate.of(2019, 7, 17));
            assertThat(seed001).contains(SeedText.normalise(v.note()));
        });
        assertThat(byName.get("Apprentices").getValues()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("7");
            assertThat(seed001).contains(SeedText.normalise(v.note()));
        });
        Measure backlog = byName.get("Health-assessment");
        assertThat(backlog.getValues()).isEmpty();
        assertThat(backlog.getBaseline()).isNull();
        assertThat(backlog.getTarget()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(byName.get("Permanent").getValues()).singleElement().satisfies(v -> {
            assertThat(v.recordedOn()).isNull();
            assertThat(seed004).contains(SeedText.normalise(v.note()));
        });
        assertThat(plan.measures()).flatExtracting(Measure::getValues).extracting(MeasureValue::value).doesNotContainNull();
    }

    @Test
    void seed003sPlanHoldsOnlyItsCounts() {
        long bodyId = people.bodyNamed(DemoData.OTHER_HWB).orElseThrow().getId();
        Plan plan = AsUser.as("member", Role.MEMBER, () -> plans.plansOf(bodyId)).getFirst();
        PlanDetails details = AsUser.as("member", Role.MEMBER, () -> plans.plan(plan.getId()));

        String seed003 = SeedText.normalise(Seeds.read(3));
        assertThat(seed003).contains(plan.getDeclaredRecommendations() + " recommendations")
                .contains(plan.getDeclaredOutcomes() + " high level outcomes");
        assertThat(plan.getDeclaredRecommendations()).isEqualTo(14);
        assertThat(plan.getDeclaredOutcomes()).isEqualTo(8);
        assertThat(details.recommendations()).isEmpty();
        assertThat(details.outcomes()).isEmpty();
        assertThat(details.themes()).isEmpty();
    }

    // ---------------------------------------------------------------- actions

    @Test
    void fourActionsAreTracedToTheParagraphsThatImplyThem() {
        SeedMinutes seed000 = Seeds.minutes(0);
        SeedMinutes seed002 = Seeds.minutes(2);
        MeetingRecord hwb = minutes.record(seedMeeting(DemoData.HWB, seed000).getId());
        MeetingRecord scrutiny = minutes.record(seedMeeting(DemoData.SCRUTINY, seed002).getId());
        // As the public: the minutes are published and the trackers public.
        List<Action> fromHwb = actions.actionsOfMeeting(hwb.meetingId());
        List<Action> fromScrutiny = actions.actionsOfMeeting(scrutiny.meetingId());
        assertThat(fromHwb).hasSize(3);
        assertThat(fromScrutiny).hasSize(1);
        Map<String, Long> orgs = people.organisations().stream()
                // Other tests add organisations of their own, some with the same name; the demo's names are unique.
                .collect(Collectors.toMap(Organisation::getName, Organisation::getId, (first, second) -> first));

        Action healthwatch = fromHwb.get(0);
        assertThat(sourceWords(hwb, healthwatch)).contains(SeedText.normalise(seed000.paragraph("14.6").bullets().getFirst().text()));
        assertThat(healthwatch.getOwnerOrganisationId()).isEqualTo(orgs.get("Healthwatch"));
        assertThat(healthwatch.getDueKind()).isEqualTo(DueKind.NONE);

        Action workshop = fromHwb.get(1);
        assertThat(sourceNumber(hwb, workshop)).isEqualTo("14.6");
        assertThat(sourceWords(hwb, workshop)).contains("a workshop would be arranged " + SeedText.normalise(workshop.getDueText()));
        assertThat(workshop.getOwnerPersonId()).isNull();
        assertThat(workshop.getOwnerOrganisationId()).isNull();
        assertThat(workshop.getDueDate()).isEqualTo(LocalDate.of(2019, 7, 31));

        Action funding = fromHwb.get(2);
        assertThat(sourceNumber(hwb, funding)).isEqualTo("14.5");
        assertThat(sourceWords(hwb, funding)).isEqualTo(SeedText.normalise(seed000.paragraph("14.5").allText()))
                .contains("the County Council were reviewing investment")
                .endsWith(SeedText.normalise(funding.getDueText()) + ".");
        assertThat(funding.getOwnerOrganisationId()).isEqualTo(orgs.get("West Sussex County Council"));
        assertThat(funding.getDueKind()).isEqualTo(DueKind.NEXT_MEETING);

        Action progress = fromScrutiny.getFirst();
        MeetingRecord.Paragraph resolution = paragraphOf(scrutiny, progress);
        assertThat(resolution.number()).isEqualTo("4.7");
        assertThat(resolution.clauses().getLast().mark()).isEqualTo("6.");
        assertThat(SeedText.normalise(resolution.clauses().getLast().text()))
                .isEqualTo(SeedText.normalise(seed002.resolution().orElseThrow().clause("6.").text()))
                .endsWith(SeedText.normalise(progress.getDueText()) + ".");
        assertThat(progress.getOwnerPersonId()).isNull();
        assertThat(progress.getOwnerOrganisationId()).isNull();
        assertThat(progress.getBodyId()).isEqualTo(scrutiny.bodyId());

        // Engagement and the workshop serve the partnerships theme and area 12; funding and the report nothing.
        PlanDetails plan = childrenFirst();
        long partnerships = plan.themes().stream().filter(t -> t.getTitle().equals("Effective Partnerships")).findFirst().orElseThrow().getId();
        long area12 = plan.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT).getLast().getId();
        assertThat(healthwatch.getPlanLinks()).containsExactlyInAnyOrder(PlanLink.theme(partnerships), PlanLink.recommendation(area12));
        assertThat(workshop.getPlanLinks()).containsExactlyInAnyOrder(PlanLink.theme(partnerships), PlanLink.recommendation(area12));
        assertThat(funding.getPlanLinks()).isEmpty();
        assertThat(progress.getPlanLinks()).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** The published seed meeting of the body whose only item carries the seed's title. */
    private Meeting seedMeeting(String bodyName, SeedMinutes seed) {
        long bodyId = people.bodyNamed(bodyName).orElseThrow().getId();
        List<Meeting> found = meetings.meetingsOf(bodyId).stream()
                .filter(m -> m.getMinutesStatus() == MinutesStatus.PUBLISHED)
                .filter(m -> meetings.itemsOf(m.getId()).stream().map(AgendaItem::getTitle).anyMatch(seed.itemTitle()::equals))
                .toList();
        assertThat(found).as("the published meeting of seed %03d", seed.seed()).hasSize(1);
        return found.getFirst();
    }

    private static MeetingRecord.Item onlyItem(MeetingRecord record) {
        assertThat(record.items()).hasSize(1);
        return record.items().getFirst();
    }

    private static List<String> numbers(MeetingRecord.Item item) {
        return item.paragraphs().stream().map(MeetingRecord.Paragraph::number).toList();
    }

    /** Each paragraph, in order, says what the seed's says: lead and bullets, or preamble and clauses. */
    private static void assertSameWords(MeetingRecord.Item item, List<SeedMinutes.Paragraph> seed) {
        assertThat(item.paragraphs()).hasSameSizeAs(seed);
        List<String> rendered = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        IntStream.range(0, seed.size()).forEach(i -> {
            rendered.add(words(item.paragraphs().get(i)));
            printed.add(SeedText.normalise(seed.get(i).allText()));
        });
        assertThat(rendered).containsExactlyElementsOf(printed);
    }

    private static String words(MeetingRecord.Paragraph p) {
        if (p.resolution()) {
            return SeedText.normalise(p.preamble() + " "
                    + p.clauses().stream().map(MeetingRecord.Clause::text).collect(Collectors.joining(" ")));
        }
        return SeedText.normalise(unescape(TAG.matcher(p.html()).replaceAll(" ")));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static MeetingRecord.Paragraph paragraphOf(MeetingRecord record, Action action) {
        assertThat(action.getSourceMeetingId()).isEqualTo(record.meetingId());
        MeetingRecord.Item item = onlyItem(record);
        assertThat(action.getSourceItemId()).isEqualTo(item.id());
        return item.paragraphs().stream().filter(p -> Objects.equals(p.id(), action.getSourceParagraphId()))
                .findFirst().orElseThrow(() -> new AssertionError("No source paragraph for " + action.getDescription()));
    }

    private static String sourceNumber(MeetingRecord record, Action action) {
        return paragraphOf(record, action).number();
    }

    private static String sourceWords(MeetingRecord record, Action action) {
        return words(paragraphOf(record, action));
    }

    private PlanDetails childrenFirst() {
        long bodyId = people.bodyNamed(DemoData.HWB).orElseThrow().getId();
        return AsUser.as("member", Role.MEMBER, () -> {
            Plan plan = plans.plansOf(bodyId).stream()
                    .filter(p -> p.getTitle().equals("Children First Practice Improvement Plan"))
                    .findFirst().orElseThrow();
            return plans.plan(plan.getId());
        });
    }

    /** Seed 000's summary: the lines between the item's title and "The Board is asked to:". */
    private static String seed000Summary() {
        List<String> lines = Seeds.lines(0);
        int title = lines.indexOf(Seeds.minutes(0).itemTitle());
        int askedTo = lines.indexOf(Seeds.minutes(0).recommendations().preamble());
        return String.join(" ", lines.subList(title + 1, askedTo));
    }
}
