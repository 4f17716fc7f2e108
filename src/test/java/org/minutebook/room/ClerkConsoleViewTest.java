package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.DueKind;
import org.minutebook.actions.PlanLink;
import org.minutebook.live.LiveUpdate;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.DraftService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MeetingView;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class ClerkConsoleViewTest extends SpringBrowserlessTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    DraftService drafts;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    long meetingId;
    long itemId;
    long secondItemId;

    /** A live board meeting of its own whose first item is 14 and open; the clerk schedules it, the chair opens it. */
    private void liveMeeting() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        AsUser.run("clerk", Role.CLERK, () -> {
            meetingId = meetings.schedule(hwb, Instant.now().plus(1, ChronoUnit.HOURS), "County Hall, Chichester", 14, false).getId();
            itemId = meetings.addItem(meetingId, item("Children First Improvement Plan")).getId();
            secondItemId = meetings.addItem(meetingId, item("Joint Strategic Needs Assessment")).getId();
            meetings.publishAgenda(meetingId);
        });
        AsUser.run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meetingId);
            chair.openItem(itemId);
        });
    }

    private static ItemDetails item(String title) {
        var d = new ItemDetails();
        d.setTitle(title);
        return d;
    }

    private ClerkConsoleView open() {
        var view = navigate("meetings/" + meetingId + "/clerk", ClerkConsoleView.class);
        return (ClerkConsoleView) view.getElement().getComponent().orElseThrow();
    }

    private static List<String> numbers(ClerkConsoleView view) {
        return view.minutes.list.rows().stream().map(r -> r.number.getText()).toList();
    }

    private static List<Long> ids(ClerkConsoleView view) {
        return view.minutes.list.rows().stream().map(r -> r.paragraph.id()).toList();
    }

    private MeetingRecord.Item recordedItem() {
        return minutes.record(meetingId).items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    private void writeParagraph(ClerkConsoleView view, String text) {
        fireShortcut(Key.KEY_P, KeyModifier.ALT);
        test(view.minutes.paragraphEditor.text).setValue(text);
        test(view.minutes.paragraphEditor.save).click();
    }

    private void addParagraphsAsClerk(String... texts) {
        AsUser.run("clerk", Role.CLERK, () -> List.of(texts).forEach(t -> minutes.addParagraph(itemId, t)));
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void savingAParagraphKeepsTheRowsOfTheParagraphsBeforeIt() {
        liveMeeting();
        var view = open();
        writeParagraph(view, "The Director presented the report.");
        writeParagraph(view, "Members asked about the timetable.");
        var firstRow = view.minutes.list.rows().getFirst();
        var secondRow = view.minutes.list.rows().get(1);

        writeParagraph(view, "The Board noted the report.");

        assertThat(numbers(view)).containsExactly("14.1", "14.2", "14.3");
        // Unchanged rows are not drawn (and pushed to the clerk's browser) again; the one whose "Move down" is
        // now enabled is.
        assertThat(view.minutes.list.rows().getFirst()).isSameAs(firstRow);
        assertThat(view.minutes.list.rows().get(1)).isNotSameAs(secondRow);
        assertThat(view.minutes.list.rows().get(1).down.isEnabled()).isTrue();
        assertThat(view.minutes.list.rows().get(2).down.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void clerkRecordsTwoParagraphsAndAResolutionNumberedFromTheRecord() {
        liveMeeting();
        var view = open();
        assertThat(view.minutes.heading.getText()).isEqualTo("14. Children First Improvement Plan");

        writeParagraph(view, "The Director presented the report.");
        writeParagraph(view, "The Board:\n\n- welcomed the plan;\n  - in particular its focus on partners;\n- asked for updates.");
        test(view.minutes.newResolution).click();
        var resolution = view.minutes.resolutionEditor;
        assertThat(resolution.preamble.getValue()).isEqualTo("Resolved that the Board:");
        test(resolution.clauses.fields.getFirst()).setValue("noted the report");
        test(resolution.clauses.add).click();
        test(resolution.clauses.fields.get(1)).setValue("agreed to support the plan");
        fireShortcut(Key.KEY_C, KeyModifier.ALT);
        test(resolution.clauses.fields.get(2)).setValue("would receive updates");
        assertThat(resolution.clauses.fields).extracting(f -> f.getLabel()).containsExactly("Clause a)", "Clause b)", "Clause c)");
        test(resolution.save).click();

        assertThat(numbers(view)).containsExactly("14.1", "14.2", "14.3");
        var recorded = recordedItem().paragraphs();
        assertThat(recorded).extracting(MeetingRecord.Paragraph::number).containsExactly("14.1", "14.2", "14.3");
        assertThat(recorded.get(1).html()).contains("<li>welcomed the plan;", "<li>in particular its focus on partners;</li>");
        assertThat(recorded.get(2).preamble()).isEqualTo("Resolved that the Board:");
        assertThat(recorded.get(2).clauses()).extracting(MeetingRecord.Clause::mark).containsExactly("a)", "b)", "c)");
        assertThat(recorded.get(2).clauses()).extracting(MeetingRecord.Clause::text)
                .containsExactly("noted the report", "agreed to support the plan", "would receive updates");
        assertThat(view.minutes.editing()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void movingAParagraphRenumbersIt() {
        liveMeeting();
        addParagraphsAsClerk("First said.", "Second said.", "Third said.");
        var view = open();
        List<Long> before = ids(view);

        test(view.minutes.list.rows().get(2).up).click();

        assertThat(ids(view)).containsExactly(before.get(0), before.get(2), before.get(1));
        assertThat(numbers(view)).containsExactly("14.1", "14.2", "14.3");
        assertThat(recordedItem().paragraphs().get(1).html()).contains("Third said.");
        assertThat(view.minutes.list.rows().getFirst().up.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void unsavedTypingIsRestoredWhenTheConsoleIsOpenedAgainAndIsNeverBroadcast() {
        liveMeeting();
        var view = open();
        fireShortcut(Key.KEY_P, KeyModifier.ALT);
        test(view.minutes.paragraphEditor.text).setValue("Typed during the debate, not saved yet");
        // The typing's own request ends (the draft is kept as its response is written), then the clerk goes away.
        roundTrip();

        navigate("meetings/" + meetingId, MeetingView.class);
        var again = open();
        test(again.minutes.newParagraph).click();

        var editor = again.minutes.paragraphEditor;
        assertThat(editor.text.getValue()).isEqualTo("Typed during the debate, not saved yet");
        assertThat(editor.restored.isVisible()).isTrue();
        assertThat(editor.restored.getElement().getTextRecursively()).startsWith("Restored your unsaved text from ");
        assertThat(recordedItem().paragraphs()).isEmpty();
        assertThat(AsUser.as("chair", Role.MEMBER, () -> minutes.record(meetingId)).toString())
                .doesNotContain("Typed during the debate");

        test(editor.save).click();
        assertThat(drafts.savedDraft(itemId, null)).isEmpty();
        assertThat(recordedItem().paragraphs()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void textTypedAndSavedInOneRoundTripIsSavedAndLeavesNoDraftEitherWay() {
        liveMeeting();
        var view = open();
        // Typed, then saved in the same request (as Ctrl+Enter straight after typing arrives): saved, no draft.
        test(view.minutes.newParagraph).click();
        test(view.minutes.paragraphEditor.text).setValue("The Board noted the report.");
        test(view.minutes.paragraphEditor.save).click();
        roundTrip();
        // Typed in one request, saved in the next: the draft kept in between is removed by the save.
        test(view.minutes.newParagraph).click();
        test(view.minutes.paragraphEditor.text).setValue("Members asked about waiting times.");
        roundTrip();
        assertThat(drafts.savedDraft(itemId, null)).get().extracting(DraftService.Draft::text)
                .isEqualTo("Members asked about waiting times.");
        test(view.minutes.paragraphEditor.save).click();
        roundTrip();

        assertThat(drafts.savedDraft(itemId, null)).isEmpty();
        var recorded = recordedItem().paragraphs();
        assertThat(recorded).extracting(MeetingRecord.Paragraph::number).containsExactly("14.1", "14.2");
        assertThat(recorded.get(0).html()).contains("The Board noted the report.");
        assertThat(recorded.get(1).html()).contains("Members asked about waiting times.");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void secondClerksSaveShowsBothTextsAndKeepTheirsLeavesTheirText() {
        liveMeeting();
        var view = open();
        writeParagraph(view, "The Board noted the report.");
        long id = ids(view).getFirst();
        test(view.minutes.list.rows().getFirst().edit).click();
        // Another clerk (an admin here) saves the same paragraph first.
        AsUser.run("admin", Role.ADMIN, () ->
                minutes.updateParagraph(id, minutes.paragraph(id).getVersion(), "The Board noted the report and thanked officers."));

        test(view.minutes.paragraphEditor.text).setValue("The Board noted the report with concern.");
        test(view.minutes.paragraphEditor.save).click();

        var conflict = $(ConflictDialog.class).single();
        assertThat(conflict.mine.getText()).isEqualTo("The Board noted the report with concern.");
        assertThat(conflict.theirs.getText()).isEqualTo("The Board noted the report and thanked officers.");
        assertThat(conflict.theirsHeading.getText()).startsWith("Saved meanwhile by ");
        test(conflict.keepTheirs).click();

        assertThat(minutes.paragraph(id).getText()).isEqualTo("The Board noted the report and thanked officers.");
        assertThat(view.minutes.editing()).isFalse();
        assertThat(recordedItem().paragraphs().getFirst().html()).contains("thanked officers");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void useMineAfterAConflictSavesMineOnTopOfTheirs() {
        liveMeeting();
        addParagraphsAsClerk("Original.");
        var view = open();
        long id = ids(view).getFirst();
        test(view.minutes.list.rows().getFirst().edit).click();
        AsUser.run("admin", Role.ADMIN, () -> minutes.updateParagraph(id, minutes.paragraph(id).getVersion(), "Theirs."));
        test(view.minutes.paragraphEditor.text).setValue("Mine.");
        test(view.minutes.paragraphEditor.save).click();

        test($(ConflictDialog.class).single().useMine).click();

        assertThat(minutes.paragraph(id).getText()).isEqualTo("Mine.");
        assertThat(minutes.history(id)).extracting(h -> h.getAfterText()).containsSubsequence("Theirs.", "Mine.");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void tiedVoteWithoutACastingVoteIsRefusedBesideTheFieldAndSavesNothing() {
        liveMeeting();
        var view = open();
        test(view.minutes.newResolution).click();
        var editor = view.minutes.resolutionEditor;
        test(editor.clauses.fields.getFirst()).setValue("agreed to close the day centre");
        test(editor.vote.recorded).click();
        test(editor.vote.votesFor).setValue(5);
        test(editor.vote.votesAgainst).setValue(5);
        assertThat(editor.vote.casting.isVisible()).isTrue();

        test(editor.save).click();

        assertThat(editor.vote.casting.isInvalid()).isTrue();
        assertThat(editor.vote.casting.getErrorMessage()).isEqualTo("The vote is tied: record the chair's casting vote");
        assertThat(recordedItem().paragraphs()).isEmpty();
        assertThat(view.minutes.editing()).isTrue();

        test(editor.vote.casting).selectItem("Against");
        test(editor.save).click();
        var saved = recordedItem().paragraphs().getFirst();
        assertThat(saved.vote()).isEqualTo("For 5, against 5, abstentions 0; the Chair's casting vote against");
        assertThat(saved.outcome()).hasToString("NOT_AGREED");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void newActionOwnedByHealthwatchDueNextMeetingFromMinute14_2ServingAThemeIsCreatedAndListed() {
        liveMeeting();
        addParagraphsAsClerk("The Director presented the report.", "Healthwatch would provide engagement support.");
        var view = open();
        var source = recordedItem().paragraphs().get(1);

        fireShortcut(Key.KEY_A, KeyModifier.ALT);
        var form = view.actions.form;
        test(form.description).setValue("Healthwatch to provide engagement support");
        test(form.ownerOrganisation).selectItem("Healthwatch");
        test(form.due).selectItem("At the next meeting");
        test(form.source).selectItem(ActionForm.describe(source));
        test(form.links).selectItem("Theme: Effective Partnerships");
        test(form.create).click();

        Action created = actions.actionsOfMeeting(meetingId).stream().filter(a -> itemId == a.getSourceItemId())
                .findFirst().orElseThrow();
        long healthwatch = people.organisations().stream().filter(o -> o.getName().equals("Healthwatch")).findFirst().orElseThrow().getId();
        assertThat(created.getDescription()).isEqualTo("Healthwatch to provide engagement support");
        assertThat(created.getOwnerOrganisationId()).isEqualTo(healthwatch);
        assertThat(created.getOwnerPersonId()).isNull();
        assertThat(created.getDueKind()).isEqualTo(DueKind.NEXT_MEETING);
        assertThat(created.getSourceParagraphId()).isEqualTo(source.id());
        assertThat(created.getPlanLinks()).singleElement().extracting(PlanLink::kind).isEqualTo(PlanLink.Kind.THEME);
        assertThat(view.actions.form).isNull();
        assertThat(view.actions.list.getElement().getTextRecursively()).contains("Healthwatch to provide engagement support",
                "Owner: Healthwatch", "Due: next meeting", "From minute 14.2", "Serves Theme: Effective Partnerships");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void actionNeedsADescriptionSaidBesideTheField() {
        liveMeeting();
        var view = open();
        test(view.actions.newAction).click();
        test(view.actions.form.create).click();
        assertThat(view.actions.form.description.isInvalid()).isTrue();
        assertThat(view.actions.form.description.getErrorMessage()).isEqualTo("Describe the action");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void deletingAParagraphAnActionCitesWorksAndTheActionKeepsItsMeetingAndItem() {
        liveMeeting();
        addParagraphsAsClerk("Introduced.", "Healthwatch would provide engagement support.", "Discussed.");
        long cited = recordedItem().paragraphs().get(1).id();
        long bodyId = people.bodyNamed(HWB).orElseThrow().getId();
        long actionId = AsUser.as("clerk", Role.CLERK, () -> actions.create(org.minutebook.actions.NewAction
                .of(bodyId, "Healthwatch to provide engagement support").from(meetingId, itemId, cited)).getId());
        var view = open();

        test(view.minutes.list.rows().get(1).delete).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(numbers(view)).containsExactly("14.1", "14.2");
        assertThat(recordedItem().paragraphs()).extracting(MeetingRecord.Paragraph::id).doesNotContain(cited);
        Action action = actions.action(actionId);
        assertThat(action.getSourceMeetingId()).isEqualTo(meetingId);
        assertThat(action.getSourceItemId()).isEqualTo(itemId);
        assertThat(action.getSourceParagraphId()).isEqualTo(cited);
        assertThat(view.actions.list.getElement().getTextRecursively()).contains("From a minute since deleted");
        assertThat(minutes.history(cited)).last().extracting(h -> h.getChange()).isEqualTo("deleted");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void historyShowsWhoChangedWhatBeforeAndAfter() {
        liveMeeting();
        var view = open();
        writeParagraph(view, "First words.");
        test(view.minutes.list.rows().getFirst().edit).click();
        test(view.minutes.paragraphEditor.text).setValue("Better words.");
        test(view.minutes.paragraphEditor.save).click();

        test(view.minutes.list.rows().getFirst().history).click();

        var history = $(HistoryDialog.class).single();
        String text = history.entries.getElement().getTextRecursively();
        assertThat(text).contains("Added by", "Edited by", "First words.", "Better words.");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void whenTheChairMovesOnTheConsoleFollowsUnlessTheClerkIsWriting() {
        liveMeeting();
        var view = open();
        test(view.minutes.newParagraph).click();
        test(view.minutes.paragraphEditor.text).setValue("Half a sentence");

        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(secondItemId));
        view.onUpdate(new LiveUpdate(meetingId, 1, Set.of(), true, true, null, null));

        assertThat(view.selectedItemId).isEqualTo(itemId);
        assertThat(view.itemBar.movedOn.isVisible()).isTrue();
        assertThat(view.itemBar.movedOnText.getText()).isEqualTo("The chair has moved on to 15. Joint Strategic Needs Assessment. ");
        test(view.itemBar.goToCurrent).click();
        assertThat(view.minutes.heading.getText()).isEqualTo("15. Joint Strategic Needs Assessment");
        assertThat(view.itemBar.movedOn.isVisible()).isFalse();
        // The half sentence was kept as a draft when the editor closed.
        assertThat(drafts.savedDraft(itemId, null)).get().extracting(DraftService.Draft::text).isEqualTo("Half a sentence");

        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(itemId));
        view.onUpdate(new LiveUpdate(meetingId, 2, Set.of(), true, true, null, null));
        assertThat(view.minutes.heading.getText()).isEqualTo("14. Children First Improvement Plan");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void nextItemShortcutOpensTheNextItemForTheChair() {
        liveMeeting();
        var view = open();
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(meetings.meeting(meetingId).getCurrentItemId()).isEqualTo(secondItemId);
        assertThat(view.minutes.heading.getText()).isEqualTo("15. Joint Strategic Needs Assessment");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theMeetingPageLinksTheClerkToTheConsoleWhileTheMeetingIsLive() {
        liveMeeting();
        navigate("meetings/" + meetingId, MeetingView.class);
        assertThat($(Anchor.class).withText("Clerk's console").single().getHref()).isEqualTo("meetings/" + meetingId + "/clerk");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberSeesNoLinkToTheConsole() {
        liveMeeting();
        navigate("meetings/" + meetingId, MeetingView.class);
        assertThat($(Anchor.class).withText("Clerk's console").exists()).isFalse();
    }
}
