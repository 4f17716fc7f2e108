package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class MattersArisingOfferViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;
    @Autowired
    MattersArisingService mattersArising;

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theClerkIsOfferedTheOpenActionsAndConfirmsThemOntoTheAgenda() {
        long hwb = people.bodyNamed(MeetingsViewTest.HWB).orElseThrow().getId();
        long meetingId = AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb,
                Instant.now().plus(60, ChronoUnit.DAYS), "County Hall, Chichester", 1).getId());
        var proxy = navigate("meetings/" + meetingId + "/agenda", AgendaEditorView.class);
        var view = (AgendaEditorView) proxy.getElement().getComponent().orElseThrow();

        var offer = view.mattersArisingOffer;
        assertThat(offer.isVisible()).isTrue();
        assertThat(offer.lines.getChildren().map(c -> ((ListItem) c).getText()))
                .anyMatch(t -> t.startsWith("Healthwatch to provide engagement support"));
        assertThat(offer.summary.getText()).contains("still open from earlier meetings of this body", "Add them to the agenda");
        assertThat(AsUser.as("clerk", Role.CLERK, () -> mattersArising.listed(meetingId))).isEmpty(); // nothing until the clerk confirms

        test(offer.confirm).click();

        assertThat(offer.confirm.isVisible()).isFalse();
        assertThat(offer.summary.getText()).contains("They are listed on the agenda under \"Matters arising and action log\"");
        assertThat(AsUser.as("clerk", Role.CLERK, () -> mattersArising.listed(meetingId)))
                .anyMatch(t -> t.startsWith("Healthwatch to provide engagement support"));
    }
}
