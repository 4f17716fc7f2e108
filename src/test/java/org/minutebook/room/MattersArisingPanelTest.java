package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionUpdate;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.StandardItem;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** In the live meeting, under "Matters arising and action log", the clerk records what the meeting hears on each open action. */
@MinutebookTest
class MattersArisingPanelTest extends SpringBrowserlessTest {

    static final String SUPPORT = "Healthwatch to provide engagement support";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theClerkRecordsAnUpdateUnderMattersArisingAndTheActionsHistoryShowsIt() {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        long[] ids = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, Instant.now().plus(1, ChronoUnit.HOURS), "County Hall, Chichester", 1).getId();
            long item = meetings.itemsOf(id).stream().filter(i -> i.getStandardItem() == StandardItem.MATTERS_ARISING)
                    .findFirst().orElseThrow().getId();
            meetings.publishAgenda(id);
            return new long[] {id, item};
        });
        AsUser.run("chair", Role.MEMBER, () -> {
            chair.openMeeting(ids[0]);
            chair.openItem(ids[1]);
        });
        var view = (ClerkConsoleView) navigate("meetings/" + ids[0] + "/clerk", ClerkConsoleView.class)
                .getElement().getComponent().orElseThrow();

        var panel = view.mattersArising;
        assertThat(panel.isVisible()).isTrue();
        ListItem entry = panel.list.getChildren().map(ListItem.class::cast)
                .filter(li -> li.getElement().getTextRecursively().startsWith(SUPPORT + " — Healthwatch"))
                .findFirst().orElseThrow();
        test($(Button.class, entry).withText("Record update").single()).click();
        test($(TextArea.class, entry).single()).setValue("Healthwatch reported that engagement events start in March");
        test($(Button.class, entry).withText("Save update").single()).click();

        long supportId = AsUser.as("clerk", Role.CLERK, () -> actions.actionsOfBody(hwb)).stream()
                .filter(a -> a.getDescription().equals(SUPPORT)).map(Action::getId).findFirst().orElseThrow();
        ActionUpdate recorded = AsUser.as("officer", Role.OFFICER, () -> actions.updates(supportId)).stream()
                .filter(u -> ids[0] == u.getMeetingId()).findFirst().orElseThrow();
        assertThat(recorded.getText()).isEqualTo("Healthwatch reported that engagement events start in March");
        assertThat(recorded.getItemId()).isEqualTo(ids[1]);
        assertThat(recorded.getAuthorName()).isEqualTo("Demo Clerk");
        assertThat(panel.editing()).isFalse();

        // Another item: the panel is for matters arising only.
        long other = AsUser.as("clerk", Role.CLERK, () -> meetings.itemsOf(ids[0]).stream()
                .filter(i -> i.getStandardItem() == StandardItem.APOLOGIES).findFirst().orElseThrow().getId());
        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(other));
        view = (ClerkConsoleView) navigate("meetings/" + ids[0] + "/clerk", ClerkConsoleView.class)
                .getElement().getComponent().orElseThrow();
        assertThat(view.mattersArising.isVisible()).isFalse();
    }
}
