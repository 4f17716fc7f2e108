package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.AgendaStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class AgendaEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;
    @Autowired
    ChairService chair;

    /** A meeting of the board of its own, with no standard items, so its agenda is exactly what the test adds. */
    private long emptyMeeting() {
        long hwb = people.bodyNamed(MeetingsViewTest.HWB).orElseThrow().getId();
        return AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb,
                Instant.now().plus(40, ChronoUnit.DAYS), "County Hall, Chichester", 1, false).getId());
    }

    private AgendaEditorView open(long meetingId) {
        // Spring's method security wraps views annotated @RolesAllowed in a proxy; the element knows the real view.
        var proxy = navigate("meetings/" + meetingId + "/agenda", AgendaEditorView.class);
        return (AgendaEditorView) proxy.getElement().getComponent().orElseThrow();
    }

    private List<String> headings(AgendaEditorView view) {
        return view.agenda.rows().stream().map(r -> r.heading.getText()).toList();
    }

    /** The open item form (finding it lets the dialog attach, as it does in a browser). */
    private ItemForm form(AgendaEditorView view) {
        return $(ItemForm.class).single();
    }

    private void addItem(AgendaEditorView view, String title) {
        test(view.agenda.add).click();
        test(form(view).title).setValue(title);
        form(view).save();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void clerkAddsItemsSeesThemNumberedInOrderMovesOneAndPublishes() {
        var view = open(emptyMeeting());
        addItem(view, "Children First Improvement Plan");
        addItem(view, "Joint Strategic Needs Assessment");
        assertThat(headings(view)).containsExactly("1. Children First Improvement Plan", "2. Joint Strategic Needs Assessment");

        test(view.agenda.rows().get(1).up).click();
        assertThat(headings(view)).containsExactly("1. Joint Strategic Needs Assessment", "2. Children First Improvement Plan");
        assertThat(view.agenda.rows().getFirst().up.isEnabled()).isFalse();

        test(view.publish).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(meetings.meeting(view.meetingId).getAgendaStatus()).isEqualTo(AgendaStatus.PUBLISHED);
        assertThat(view.status.getElement().getTextRecursively()).contains("Agenda published");
        assertThat(view.publish.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void blankTitleIsRefusedBesideTheFieldAndNothingTypedIsLost() {
        var view = open(emptyMeeting());
        test(view.agenda.add).click();
        var form = form(view);
        test(form.summary).setValue("The report explains the context for the plan.");
        test(form.recommendations).setValue("note the process\nconsider how the Board could contribute");
        form.save();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter the item's title");
        assertThat(form.summary.getValue()).isEqualTo("The report explains the context for the plan.");
        assertThat(view.agenda.dialog.isOpened()).isTrue();
        assertThat(view.agenda.rows()).isEmpty();

        test(form.title).setValue("Improvement Plan");
        form.save();
        assertThat(headings(view)).containsExactly("1. Improvement Plan");
        var saved = view.agenda.rows().getFirst().item.details();
        assertThat(saved.recommendationLines()).containsExactly("note the process", "consider how the Board could contribute");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void exemptItemNeedsItsScheduleTwelveAParagraph() {
        var view = open(emptyMeeting());
        test(view.agenda.add).click();
        var form = form(view);
        test(form.title).setValue("Contract award");
        assertThat(form.exemptParagraph.isVisible()).isFalse();
        test(form.exempt).click();
        assertThat(form.exemptParagraph.isVisible()).isTrue();
        form.save();
        assertThat(form.exemptParagraph.isInvalid()).isTrue();
        assertThat(view.agenda.rows()).isEmpty();

        test(form.exemptParagraph).selectItem("Paragraph 3");
        form.save();
        assertThat(view.agenda.rows().getFirst().getElement().getTextRecursively()).contains("Exempt (paragraph 3)");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void staleEditShowsTheConflictAndReloadsTheItem() {
        var view = open(emptyMeeting());
        addItem(view, "Draft title");
        test(view.agenda.rows().getFirst().edit).click();
        var form = form(view);
        test(form.title).setValue("My title");

        // Meanwhile another clerk saves the same item.
        var row = view.agenda.rows().getFirst().item;
        var theirs = row.details();
        theirs.setTitle("Their title");
        AsUser.run("clerk", Role.CLERK, () -> meetings.updateItem(row.id(), row.version(), theirs));

        form.save();
        assertThat(form.error.isVisible()).isTrue();
        assertThat(form.error.getText()).contains("Someone else changed this item");
        assertThat(form.title.getValue()).isEqualTo("Their title");
        assertThat(headings(view)).containsExactly("1. Their title");

        // Saving again now applies to their version.
        test(form.title).setValue("Agreed title");
        form.save();
        assertThat(headings(view)).containsExactly("1. Agreed title");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void removingAnItemAsksFirstThenRenumbers() {
        var view = open(emptyMeeting());
        addItem(view, "First");
        addItem(view, "Second");
        test(view.agenda.rows().getFirst().remove).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(headings(view)).hasSize(2);

        test(view.agenda.rows().getFirst().remove).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(headings(view)).containsExactly("1. Second");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void changingTheFirstItemNumberRenumbersTheAgenda() {
        var view = open(emptyMeeting());
        addItem(view, "Improvement Plan");
        test(view.detailsForm.firstItemNumber).setValue(14);
        test(view.detailsForm.save).click();
        assertThat(headings(view)).containsExactly("14. Improvement Plan");
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("Meeting details saved"));
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void memberCannotOpenTheAgendaEditor() {
        long meetingId = emptyMeeting();
        var shown = navigate("meetings/" + meetingId + "/agenda", RouteNotFoundError.class);
        assertThat(shown.getElement().getTextRecursively()).doesNotContain("Publish agenda");
        assertThat($(AgendaPanel.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void deferredItemsOfEarlierMeetingsAreOfferedAndOneClickAddsThemToTheAgenda() {
        long hwb = people.bodyNamed(MeetingsViewTest.HWB).orElseThrow().getId();
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        var held = CarryForwardTest.aHeldMeeting(meetings, chair, hwb, tag);
        var view = open(emptyMeeting());
        assertThat(view.agenda.carried.isVisible()).isTrue();
        assertThat(view.agenda.carried.getElement().getTextRecursively())
                .contains("Carried forward from earlier meetings", "Pharmaceutical needs " + tag, "Better Care Fund " + tag)
                .doesNotContain("Annual report " + tag);

        var add = view.agenda.carryButtons().stream()
                .filter(b -> b.getElement().getAttribute("aria-label").contains("Better Care Fund " + tag)).findFirst().orElseThrow();
        test(add).click();
        assertThat(headings(view)).containsExactly("1. Better Care Fund " + tag);
        assertThat(view.agenda.carried.getElement().getTextRecursively()).doesNotContain("Better Care Fund " + tag)
                .contains("Pharmaceutical needs " + tag);
        assertThat(meetings.itemsOf(view.meetingId).getFirst().getCarriedFromItemId()).isEqualTo(held.notReached().getId());
    }
}
