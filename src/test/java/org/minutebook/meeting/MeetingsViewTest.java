package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class MeetingsViewTest extends SpringBrowserlessTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    PeopleService people;

    private BodyMeetingsPanel panelOf(String bodyName) {
        long id = people.bodyNamed(bodyName).orElseThrow().getId();
        return $(BodyMeetingsPanel.class).withCondition(p -> p.bodyId == id).single();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void clerkSchedulesAMeetingAndSeesItListed() {
        navigate(MeetingsView.class);
        test(panelOf(HWB).schedule).click();
        var form = $(MeetingDetailsForm.class).single();
        // A date far enough ahead to be unique to this test, at 14.00 UK time.
        var when = LocalDate.now().plusDays(200 + (int) (Math.random() * 500)).atTime(LocalTime.of(14, 0));
        String venue = "Committee Room " + UUID.randomUUID().toString().substring(0, 8);
        test(form.startsAt).setValue(when);
        test(form.venue).setValue(venue);
        test(form.firstItemNumber).setValue(15);
        test(form.save).click();

        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        var listed = $(Anchor.class, panelOf(HWB)).withTextContaining(when.getYear() + ", 2.00pm").all().stream()
                .filter(a -> a.getParent().orElseThrow().getElement().getTextRecursively().contains(venue)).toList();
        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().getHref()).startsWith("meetings/");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void firstItemNumberBelowOneIsRefusedBesideTheFieldAndKeepsWhatWasTyped() {
        navigate(MeetingsView.class);
        test(panelOf(HWB).schedule).click();
        var form = $(MeetingDetailsForm.class).single();
        test(form.startsAt).setValue(LocalDateTime.now().plusDays(30));
        test(form.venue).setValue("County Hall");
        test(form.firstItemNumber).setValue(0);
        test(form.save).click();

        assertThat(form.firstItemNumber.isInvalid()).isTrue();
        assertThat(form.firstItemNumber.getErrorMessage()).isEqualTo("Items are numbered from 1 or more");
        assertThat(form.venue.getValue()).isEqualTo("County Hall");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void memberSeesTheirBodysMeetingsButCannotScheduleOne() {
        navigate(MeetingsView.class);
        assertThat($(BodyMeetingsPanel.class).all()).extracting(p -> p.bodyId)
                .containsExactly(people.bodyNamed(HWB).orElseThrow().getId());
        assertThat(panelOf(HWB).schedule.isVisible()).isFalse();
        assertThat($(Button.class).withText("Schedule a meeting").all()).noneMatch(Button::isVisible);
    }
}
