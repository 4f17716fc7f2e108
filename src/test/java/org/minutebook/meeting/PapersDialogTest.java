package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The clerk's papers dialog in the agenda editor: the limits are said beside the upload field, a refused file or a
 * missing title is explained beside its field, and an accepted paper joins the list as a link to its public address.
 * (The file itself arrives as the Upload's handler would hand it over: name and bytes.)
 */
@MinutebookTest
class PapersDialogTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void refusalsAreShownBesideTheirFieldAndAnAcceptedPaperIsListedAsALink() {
        long hwb = people.bodyNamed(MeetingsViewTest.HWB).orElseThrow().getId();
        long meetingId = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, Instant.now().plus(41, ChronoUnit.DAYS), "County Hall", 1, false).getId();
            var d = new ItemDetails();
            d.setTitle("Better Care Fund");
            meetings.addItem(id, d);
            return id;
        });
        var proxy = navigate("meetings/" + meetingId + "/agenda", AgendaEditorView.class);
        var view = (AgendaEditorView) proxy.getElement().getComponent().orElseThrow();
        test(view.agenda.rows().getFirst().papers).click();
        PapersDialog dialog = $(PapersDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("PDF, Word (.docx)", "at most 20 MB");

        dialog.fileName = "plan.exe";
        dialog.bytes = new byte[] {1, 2, 3};
        test(dialog.title).setValue("Better Care Fund plan");
        test(dialog.add).click();
        assertThat(dialog.fileError.getText()).contains("\"plan.exe\" is not one of these");

        dialog.fileName = "plan.pdf";
        dialog.bytes = "%PDF-1.7 a plan".getBytes();
        test(dialog.title).setValue("  ");
        test(dialog.add).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).contains("Give the paper a title");

        test(dialog.title).setValue("Better Care Fund plan");
        test(dialog.add).click();
        assertThat(dialog.fileError.getText()).isEmpty();
        Anchor link = dialog.list.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("Better Care Fund plan");
        assertThat(link.getHref()).matches("/public/papers/\\d+");
        assertThat(dialog.title.getValue()).isEmpty();
    }
}
