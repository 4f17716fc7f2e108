package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class MeetingViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;

    private long boardMeeting(boolean publishAgenda, ItemDetails... items) {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        return AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, Instant.now().plus(60, ChronoUnit.DAYS), "County Hall, Chichester", 14, false).getId();
            for (ItemDetails item : items) {
                meetings.addItem(id, item);
            }
            if (publishAgenda) {
                meetings.publishAgenda(id);
            }
            return id;
        });
    }

    private static ItemDetails item(String title, String summary) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setSummary(summary);
        return d;
    }

    private static ItemDetails exempt(String title, String summary, int paragraph) {
        var d = item(title, summary);
        d.setExempt(true);
        d.setExemptParagraph(paragraph);
        return d;
    }

    private String pageText() {
        return org.minutebook.testsupport.RenderedText.of(getCurrentView().getElement());
    }

    private List<String> itemHeadings() {
        return $(H2.class).withClassName("item-heading").all().stream().map(H2::getText).toList();
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void memberOfTheBodySeesTheDraftAgendaMarkedAsDraft() {
        long id = boardMeeting(false, item("Children First Improvement Plan", "The report explains the context."));
        navigate("meetings/" + id, MeetingView.class);
        assertThat(itemHeadings()).containsExactly("14. Children First Improvement Plan");
        assertThat(pageText()).contains("Draft agenda — not yet published", "The report explains the context.")
                .doesNotContain("subject to approval");
        assertThat($(RouterLink.class).withText("Edit agenda").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void viewerWithoutAPlaceOnTheBodyDoesNotSeeADraftAgenda() {
        long id = boardMeeting(false, item("Children First Improvement Plan", "The report explains the context."));
        navigate("meetings/" + id, MeetingView.class);
        assertThat(itemHeadings()).isEmpty();
        assertThat(pageText()).contains("The agenda for this meeting has not been published yet.")
                .doesNotContain("Children First");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void exemptItemShowsOnlyItsNoticeToAViewerWithoutAPlaceOnTheBody() {
        long id = boardMeeting(true, item("Joint Strategic Needs Assessment", "Open summary."),
                exempt("Care provider contract", "Commercially sensitive figures.", 3));
        navigate("meetings/" + id, MeetingView.class);
        assertThat(itemHeadings()).containsExactly("14. Joint Strategic Needs Assessment", "15. Care provider contract");
        assertThat($(Paragraph.class).withClassName("exempt-notice").single().getText())
                .isEqualTo("Exempt item — not for publication (Schedule 12A, paragraph 3)");
        assertThat(pageText()).contains("Open summary.").doesNotContain("Commercially sensitive");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void memberSeesTheExemptItemsContentMarkedNotForPublication() {
        long id = boardMeeting(true, exempt("Care provider contract", "Commercially sensitive figures.", 3));
        navigate("meetings/" + id, MeetingView.class);
        assertThat(pageText()).contains("Commercially sensitive figures.");
        assertThat($(Paragraph.class).withClassName("exempt-notice").single().getText())
                .startsWith("Exempt item — not for publication (Schedule 12A, paragraph 3)");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void clerkSeesTheNumberedDraftMinutesAndTheLinkToEditTheAgenda() {
        var plan = item("Children First Improvement Plan", null);
        plan.setRecommendationsIntro("The Board is asked to:");
        plan.setRecommendations("note the process\nconsider how the Board could contribute");
        long id = boardMeeting(false, plan);
        long itemId = meetings.itemsOf(id).getFirst().getId();
        AsUser.run("clerk", Role.CLERK, () -> {
            minutes.addParagraph(itemId, "The Director presented the report.");
            minutes.addParagraph(itemId, "The Board:\n\n- agreed to support the plan;\n- requested a public process.");
            minutes.addResolution(itemId, null, List.of("noted the report", "agreed to hold a workshop"));
        });
        navigate("meetings/" + id, MeetingView.class);

        assertThat($(Paragraph.class).withClassName("draft-banner").all()).extracting(Paragraph::getText)
                .contains("Draft — subject to approval");
        assertThat(pageText()).contains("The Board is asked to:", "1)", "note the process", "2)");
        assertThat(org.minutebook.testsupport.RenderedText.paragraphNumbers(getCurrentView().getElement()))
                .containsExactly("14.1", "14.2", "14.3");
        assertThat(pageText()).contains("Resolved that the Board:", "a)", "noted the report", "b)", "agreed to hold a workshop");
        // Paragraph text arrives as commonmark's HTML, bullets as a list.
        assertThat(org.minutebook.testsupport.RenderedText.html(getCurrentView().getElement()))
                .anySatisfy(html -> assertThat(html).contains("<li>requested a public process.</li>"))
                .anySatisfy(html -> assertThat(html).contains("The Director presented the report."));
        assertThat($(RouterLink.class).withText("Edit agenda").single().getHref()).isEqualTo("meetings/" + id + "/agenda");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void unknownMeetingSaysSoInsteadOfFailing() {
        navigate("meetings/987654321", MeetingView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No such meeting");
        navigate("meetings/not-a-number", MeetingView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No such meeting");
    }
}
