package org.minutebook.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.NewAction;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class ActionViewsTest extends SpringBrowserlessTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;
    @Autowired
    MeetingService meetings;

    private long organisation(String name) {
        return people.organisations().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theClerkFiltersTheListToTheSeedMeetingAndSeesSourceDueFlagAndPlan() {
        var view = navigate(ActionsView.class);
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        var body = people.body(hwb);
        view.body.setValue(view.body.getListDataView().getItems().filter(b -> b.getId() == hwb).findFirst().orElse(body));
        // The demo's seed meeting is the board's first closed meeting; other tests close meetings of their own later.
        var seed = meetings.meetingsOf(hwb).stream().filter(m -> m.getStatus() == MeetingStatus.CLOSED)
                .min(java.util.Comparator.comparing(m -> m.getId())).orElseThrow();
        view.meeting.setValue(view.meeting.getListDataView().getItems().filter(m -> m.getId().equals(seed.getId())).findFirst().orElseThrow());
        view.status.setValue(ActionStatus.OPEN);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3); // the seed meeting's three actions
        int workshop = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 1).startsWith("Arrange a workshop")) {
                workshop = i;
            }
        }
        assertThat(workshop).isNotNegative();
        assertThat(((Div) grid.getCellComponent(workshop, 3)).getElement().getTextRecursively())
                .isEqualTo("31 July 2019 (at the end of July) Overdue");
        var from = (Anchor) grid.getCellComponent(workshop, 5);
        assertThat(from.getText()).endsWith(": item 14, minute 14.6");
        assertThat(from.getHref()).isEqualTo("meetings/" + seed.getId() + "#para-"
                + from.getHref().substring(from.getHref().indexOf("#para-") + 6));
        assertThat(grid.getCellText(workshop, 6)).contains("Theme: Effective Partnerships");

        view.owner.setValue(view.owner.getListDataView().getItems().filter(o -> o.label().equals("Healthwatch (organisation)"))
                .findFirst().orElseThrow());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Healthwatch to provide engagement support");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.xlsx.getText()).isEqualTo("Download Excel (XLSX)");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theOfficerSeesHealthwatchsActionsAndAddsAProgressUpdateThatShowsInTheHistory() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var created = AsUser.as("clerk", Role.CLERK, () -> actions.create(
                NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(organisation("Healthwatch"))));

        var view = navigate(MyActionsView.class);
        assertThat(view.whose.getText()).isEqualTo("Actions you own and those owned by Healthwatch.");
        var grid = test(view.grid);
        int row = rowOf(grid, "Healthwatch survey " + tag);
        assertThat(grid.getCellText(row, 2)).isEqualTo("Healthwatch");

        test((Button) grid.getCellComponent(row, 7)).click();
        var dialog = $(ActionDialog.class).single();
        assertThat(dialog.form.isVisible()).isTrue();
        test(dialog.note).setValue("Survey sent to 40 community groups");
        test(dialog.status).selectItem("In progress");
        test(dialog.save).click();

        assertThat(dialog.history.getElement().getTextRecursively()).contains("Demo Officer: ", "Survey sent to 40 community groups",
                "Status: In progress.");
        assertThat(dialog.note.getValue()).isEmpty();
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.action(created.getId())).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aStatusChangeOnAnActionChangedMeanwhileIsShownAsAConflictAndKeepsTheWords() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var created = AsUser.as("clerk", Role.CLERK, () -> actions.create(
                NewAction.of(hwb, "Healthwatch report " + tag).ownedByOrganisation(organisation("Healthwatch"))));
        var view = navigate(MyActionsView.class);
        var grid = test(view.grid);
        test((Button) grid.getCellComponent(rowOf(grid, "Healthwatch report " + tag), 7)).click();
        var dialog = $(ActionDialog.class).single();
        // Meanwhile the clerk drops the action.
        AsUser.run("clerk", Role.CLERK, () -> actions.addUpdate(created.getId(), created.getVersion(), "Dropped", ActionStatus.DROPPED));

        test(dialog.note).setValue("Report finished");
        test(dialog.status).selectItem("Done");
        test(dialog.save).click();

        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).contains("its status is now Dropped", "not saved");
        assertThat(dialog.note.getValue()).isEqualTo("Report finished");
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.action(created.getId())).getStatus()).isEqualTo(ActionStatus.DROPPED);
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberCanReadTheBoardsActionsButHasNoProgressForm() {
        var view = navigate(ActionsView.class);
        assertThat(test(view.grid).size()).isPositive();
        test((Button) test(view.grid).getCellComponent(0, 7)).click();
        assertThat($(ActionDialog.class).single().form.isVisible()).isFalse();
    }

    /** The row showing the action (the list leads with the most pressing, so a new undated one is further down). */
    private static int rowOf(com.vaadin.flow.component.grid.GridTester<?, ?> grid, String action) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 1).equals(action)) {
                return i;
            }
        }
        throw new AssertionError("No row shows " + action);
    }
}
