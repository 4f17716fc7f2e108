package org.minutebook.room;

import org.minutebook.actions.ActionService;
import org.minutebook.live.MeetingChannel;
import org.minutebook.meeting.ChairService;
import org.minutebook.minutes.DraftService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.AccountService;
import org.minutebook.people.PeopleService;
import org.minutebook.plan.PlanService;
import org.minutebook.security.CurrentViewer;
import org.springframework.stereotype.Component;

/** The services the clerk's console and its parts call, handed round as one. */
@Component
record ClerkServices(MinutesService minutes, DraftService drafts, ChairService chair, ActionService actions,
                     PeopleService people, PlanService plans, AccountService accounts, MeetingChannel channel,
                     CurrentViewer viewer, MeetingService meetings) {
}
