package org.minutebook.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app as the README's run command starts it (started by the build before this test: default profile,
 * H2 file database, demo data on first start). A visitor opens the home page, follows the link to the
 * Health and Wellbeing Board, then to its seed meeting, and reads minute 14.1.
 */
class RunCommandSmokeIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://127.0.0.1:" + System.getProperty("smoke.port", "8080");

    @Test
    void homePageAndSeedMeetingAnswerOnTheDemoDatabase() throws Exception {
        String home = get("/");
        assertThat(home).contains("West Sussex Health and Wellbeing Board");

        String body = get(link(home, "West Sussex Health and Wellbeing Board"));
        String meeting = meetingPageWith(body, "OFSTED Inspection Judgement of Children");
        assertThat(meeting).contains("OFSTED Inspection Judgement of Children").contains("14.1").contains("14.8");
        assertThat(get("/login")).contains("Minutebook");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** The href of the anchor whose text is the given text. */
    private static String link(String html, String text) {
        Matcher m = Pattern.compile("<a[^>]*href=\"([^\"]+)\"[^>]*>\\s*" + Pattern.quote(text.replace("'", "&#39;")) + "\\s*</a>")
                .matcher(html);
        assertThat(m.find()).as("a link to " + text).isTrue();
        return m.group(1);
    }

    /** Follows each meeting link on the body page and returns the page that shows the given item title. */
    private String meetingPageWith(String bodyPage, String title) throws Exception {
        Matcher m = Pattern.compile("href=\"(/public/meetings/\\d+)\"").matcher(bodyPage);
        while (m.find()) {
            String page = get(m.group(1));
            if (page.contains(title)) {
                return page;
            }
        }
        throw new AssertionError("No meeting of the board shows \"" + title + "\"");
    }
}
