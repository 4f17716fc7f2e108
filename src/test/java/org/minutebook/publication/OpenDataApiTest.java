package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The open data API as a civic-data tool reads it, anonymously: OParl-shaped objects, pagination, public data only.
 * Every answer is also validated against the committed OpenAPI document.
 */
@MinutebookTest
class OpenDataApiTest {

    static final String HWB = ExportFixtures.HWB;
    static final String OPARL = "https://schema.oparl.org/1.1/";

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

    final List<String> answers = new ArrayList<>();

    @Test
    void theCouncilIsABodyItsBoardsAreOrganizationsAndPartnersAreNeither() {
        JsonNode system = get("/api/v1/system");
        assertThat(system.get("type").asString()).isEqualTo(OPARL + "System");
        assertThat(system.get("id").asString()).isEqualTo(base() + "/api/v1/system");

        JsonNode bodies = get(path(system.get("body").asString()));
        List<String> names = texts(bodies.get("data"), "name");
        assertThat(names).contains("West Sussex County Council").doesNotContain("Healthwatch", HWB);
        JsonNode council = find(bodies.get("data"), "name", "West Sussex County Council");
        assertThat(council.get("type").asString()).isEqualTo(OPARL + "Body");
        assertThat(get(path(council.get("id").asString())).get("name").asString()).isEqualTo("West Sussex County Council");

        JsonNode organizations = get(path(council.get("organization").asString()));
        assertThat(texts(organizations.get("data"), "name"))
                .containsExactlyInAnyOrder(HWB, "Children and Young People's Services Scrutiny Committee");
        JsonNode hwb = find(organizations.get("data"), "name", HWB);
        assertThat(hwb.get("type").asString()).isEqualTo(OPARL + "Organization");
        assertThat(hwb.get("body").asString()).isEqualTo(council.get("id").asString());
        assertThat(hwb.get("classification").asString()).isEqualTo("Board");
        assertThat(hwb.has("created") && hwb.has("modified")).isTrue();

        // People: names and places only, as the public record names them.
        JsonNode persons = get("/api/v1/people?pageSize=100");
        assertThat(texts(persons.get("data"), "name")).contains("Demo Chair", "Demo Clerk");
        JsonNode chairPerson = find(persons.get("data"), "name", "Demo Chair");
        assertThat(chairPerson.propertyNames()).containsExactlyInAnyOrder("id", "type", "name", "membership", "created", "modified");
        JsonNode place = chairPerson.get("membership").get(0);
        assertThat(place.get("type").asString()).isEqualTo(OPARL + "Membership");
        assertThat(place.get("role").asString()).isEqualTo("Chair");
        assertThat(get(path(place.get("organization").asString())).get("name").asString()).isEqualTo(HWB);
        assertThat(get(path(place.get("id").asString())).get("person").asString()).isEqualTo(chairPerson.get("id").asString());
        assertValidAgainstCommittedDocument();
    }

    @Test
    void seedMeetingsMinutesAreNumberedAsTheSeedPrintsThem() {
        SeedMinutes seed = Seeds.minutes(0);
        Meeting meeting = ExportFixtures.seedMeeting(people, meetings, HWB, seed);

        JsonNode m = get("/api/v1/meetings/" + meeting.getId());
        assertThat(m.get("type").asString()).isEqualTo(OPARL + "Meeting");
        assertThat(m.get("agendaItem")).hasSize(1);
        JsonNode item = m.get("agendaItem").get(0);
        assertThat(item.get("type").asString()).isEqualTo(OPARL + "AgendaItem");
        assertThat(item.get("number").asString()).isEqualTo("14");
        assertThat(item.get("name").asString()).isEqualTo(seed.itemTitle());
        assertThat(item.get("public").asBoolean()).isTrue();
        assertThat(m.get("resultsProtocol").get("accessUrl").asString()).endsWith("/public/meetings/" + meeting.getId() + "/minutes.pdf");

        JsonNode record = get(path(m.get("minutes").asString()));
        JsonNode paragraphs = record.get("item").get(0).get("paragraph");
        assertThat(texts(paragraphs, "number")).containsExactlyElementsOf(seed.numbers());
        JsonNode resolution = paragraphs.get(paragraphs.size() - 1);
        assertThat(resolution.get("kind").asString()).isEqualTo("resolution");
        assertThat(resolution.get("preamble").asString()).isEqualTo(seed.resolution().orElseThrow().preamble());
        assertThat(texts(resolution.get("clause"), "mark")).containsExactly("a)", "b)", "c)");
        assertThat(SeedText.normalise(paragraphs.get(0).get("html").asString().replaceAll("<[^>]+>", " ")))
                .isEqualTo(SeedText.normalise(seed.paragraphs().getFirst().allText()));

        JsonNode decisions = get("/api/v1/decisions?pageSize=100");
        assertThat(decisions.get("data")).anySatisfy(d -> {
            assertThat(d.get("meeting").asString()).isEqualTo(m.get("id").asString());
            assertThat(d.get("number").asString()).isEqualTo("14.8");
            assertThat(d.get("type").asString()).isEqualTo("https://schema.minutebook.org/1.0/Decision");
        });
        assertValidAgainstCommittedDocument();
    }

    @Test
    void listsArePaginatedWithNextLinksUntilTheLastPage() {
        JsonNode first = get("/api/v1/meetings?pageSize=2");
        int total = first.get("pagination").get("totalElements").asInt();
        assertThat(total).isGreaterThan(2);
        assertThat(first.get("pagination").get("totalPages").asInt()).isEqualTo((total + 1) / 2);
        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("links").has("prev")).isFalse();

        List<String> seen = new ArrayList<>(texts(first.get("data"), "id"));
        JsonNode page = first;
        while (page.get("links").has("next")) {
            page = get(path(page.get("links").get("next").asString()));
            seen.addAll(texts(page.get("data"), "id"));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(page.get("pagination").get("currentPage").asInt()).isEqualTo(page.get("pagination").get("totalPages").asInt());
        assertValidAgainstCommittedDocument();
    }

    @Test
    void nothingExemptOrUnpublishedAndNoWritingThroughTheApi() throws Exception {
        long[] ids = ExportFixtures.meetingWithExemptItem(people, meetings, chair, minutes, ExportFixtures.soon());
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        long draft = org.minutebook.testsupport.AsUser.as("clerk", org.minutebook.people.Role.CLERK, () -> {
            long id = meetings.schedule(hwb, ExportFixtures.soon(), null, 1, false).getId();
            var d = new org.minutebook.meeting.ItemDetails();
            d.setTitle("Unpublished draft item");
            meetings.addItem(id, d);
            return id;
        });

        JsonNode m = get("/api/v1/meetings/" + ids[0]);
        JsonNode exempt = find(m.get("agendaItem"), "name", "Award of the community care contract");
        assertThat(exempt.get("public").asBoolean()).isFalse();
        assertThat(exempt.has("resolutionText") || exempt.has("paper")).isFalse();
        JsonNode open = find(m.get("agendaItem"), "name", "Public health grant");
        assertThat(open.get("resolutionText").asString()).isEqualTo("Resolved that the Board:\na) noted the grant\nb) agreed its priorities");
        JsonNode record = get("/api/v1/meetings/" + ids[0] + "/minutes");
        assertThat(record.get("item").get(1).get("paragraph")).isEmpty();
        assertThat(get("/api/v1/meetings/" + draft).get("agendaItem")).isEmpty();
        assertThat(status("/api/v1/meetings/" + draft + "/minutes")).isEqualTo(404);
        assertThat(status("/api/v1/agenda-items/" + ids[2])).isEqualTo(200);
        for (String list : List.of("/api/v1/meetings?pageSize=100", "/api/v1/agenda-items?pageSize=100",
                "/api/v1/papers?pageSize=100", "/api/v1/decisions?pageSize=100", "/api/v1/actions?pageSize=100",
                "/api/v1/people?pageSize=100", "/api/v1/memberships?pageSize=100", "/api/v1/organizations",
                "/api/v1/bodies")) {
            get(list);
        }
        assertThat(texts(get("/api/v1/papers?pageSize=100").get("data"), "name"))
                .contains("Public health grant report").doesNotContain("Confidential evaluation of bids");
        for (String answer : answers) {
            assertThat(answer).doesNotContain(ExportFixtures.SECRETS.toArray(String[]::new))
                    .doesNotContain("Unpublished draft item", "@", "password");
        }
        // Read-only: nothing but GET is answered.
        HttpResponse<String> post = ExportFixtures.HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/meetings"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(401, 403, 405);
        assertValidAgainstCommittedDocument();
    }

    // ------------------------------------------------------------------------------------------------

    private final List<String[]> validated = new ArrayList<>();

    private JsonNode get(String path) {
        HttpResponse<byte[]> response = ExportFixtures.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).as(path).startsWith("application/json");
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        answers.add(body);
        validated.add(new String[] {path.replaceAll("\\?.*", ""), body});
        return OpenApiDocument.JSON.readTree(body);
    }

    private int status(String path) {
        return ExportFixtures.get(port, path).statusCode();
    }

    private void assertValidAgainstCommittedDocument() {
        OpenApiDocument doc = OpenApiDocument.committed();
        for (String[] answer : validated) {
            assertThat(doc.validate(answer[0], answer[1])).as("%s against the committed OpenAPI document", answer[0]).isEmpty();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String path(String url) {
        assertThat(url).startsWith(base());
        return url.substring(base().length());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("No " + field + " = " + value + " in " + array);
    }
}
