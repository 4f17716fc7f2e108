package org.minutebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.minutebook.security.ItemAccess.FULL;
import static org.minutebook.security.ItemAccess.TITLE_ONLY;
import static org.minutebook.security.MinutesAccess.DRAFT_MARKED;
import static org.minutebook.security.MinutesAccess.FINAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.Role;

class AccessPolicyTest {

    static final long BODY = 1;
    static final long OTHER_BODY = 2;
    static final long ORG = 100;
    static final long OTHER_ORG = 200;
    static final long ADVISER_ORG = 300;

    static final long MEMBER_PERSON = 10;
    static final long OFFICER_PERSON = 12;
    static final long SOMEONE_ELSE = 99;

    /** Every kind of viewer, in the column order of the table below. */
    enum Kind {
        ANON(Viewer.anonymous()),
        MEMBER(Viewer.signedIn(Role.MEMBER, MEMBER_PERSON).withMembership(BODY, MembershipRole.MEMBER)),
        MEMBER_ELSEWHERE(Viewer.signedIn(Role.MEMBER, 11L).withMembership(OTHER_BODY, MembershipRole.MEMBER)),
        OFFICER(Viewer.signedIn(Role.OFFICER, OFFICER_PERSON).withOrganisation(ORG)),
        ADVISER(Viewer.signedIn(Role.OFFICER, 13L).withOrganisation(ADVISER_ORG)
                .withMembership(BODY, MembershipRole.OFFICER_ADVISER)),
        CLERK(Viewer.signedIn(Role.CLERK, 14L).withMembership(BODY, MembershipRole.CLERK)),
        CLERK_ELSEWHERE(Viewer.signedIn(Role.CLERK, 15L).withMembership(OTHER_BODY, MembershipRole.CLERK)),
        CHAIR(Viewer.signedIn(Role.MEMBER, 16L).withMembership(BODY, MembershipRole.CHAIR)),
        CHAIR_ELSEWHERE(Viewer.signedIn(Role.MEMBER, 17L).withMembership(OTHER_BODY, MembershipRole.CHAIR)),
        VICE_CHAIR(Viewer.signedIn(Role.MEMBER, 18L).withMembership(BODY, MembershipRole.VICE_CHAIR)),
        ADMIN(Viewer.signedIn(Role.ADMIN, 19L));

        final Viewer viewer;

        Kind(Viewer viewer) {
            this.viewer = viewer;
        }
    }

    // Expectation shorthands, one per column of Kind.
    static final boolean T = true;
    static final boolean F = false;
    static final ItemAccess HIDE = ItemAccess.HIDDEN;
    static final ItemAccess TITLE = TITLE_ONLY;
    static final MinutesAccess NONE = MinutesAccess.HIDDEN;
    static final MinutesAccess DRAFT = DRAFT_MARKED;

    //                                          ANON MEMB M-ELS OFFI ADVI CLRK C-ELS CHAIR CH-EL VICE ADMIN
    static final Boolean[] EVERYONE =          {T,   T,   T,    T,   T,   T,   T,    T,    T,    T,   T};
    static final Boolean[] INSIDERS =          {F,   T,   F,    F,   T,   T,   F,    T,    F,    T,   T};
    static final Boolean[] INSIDERS_AND_OFFICER = {F, T,  F,    T,   T,   T,   F,    T,    F,    T,   T};
    static final Boolean[] CLERK_OR_ADMIN =    {F,   F,   F,    F,   F,   T,   F,    F,    F,    F,   T};
    static final Boolean[] ADMIN_ONLY =        {F,   F,   F,    F,   F,   F,   F,    F,    F,    F,   T};
    static final Boolean[] CHAIRS =            {F,   F,   F,    F,   F,   T,   F,    T,    F,    T,   T};
    static final Boolean[] PLACE_ON_BODY =     {F,   T,   F,    F,   T,   T,   F,    T,    F,    T,   F};
    static final Boolean[] OFFICER_OR_CLERK =  {F,   F,   F,    T,   F,   T,   F,    F,    F,    F,   T};
    static final Boolean[] MEMBER_OR_CLERK =   {F,   T,   F,    F,   F,   T,   F,    F,    F,    F,   T};

    static final ItemAccess[] ALL_FULL = fill(FULL);
    static final ItemAccess[] TITLE_OUTSIDE = {TITLE, FULL, TITLE, TITLE, FULL, FULL, TITLE, FULL, TITLE, FULL, FULL};
    static final ItemAccess[] HIDDEN_OUTSIDE = {HIDE, FULL, HIDE, HIDE, FULL, FULL, HIDE, FULL, HIDE, FULL, FULL};
    static final MinutesAccess[] ALL_DRAFT = fill(DRAFT);
    static final MinutesAccess[] ALL_FINAL = fill(FINAL);
    static final MinutesAccess[] DRAFT_INSIDE = {NONE, DRAFT, NONE, NONE, DRAFT, DRAFT, NONE, DRAFT, NONE, DRAFT, DRAFT};
    static final MinutesAccess[] FINAL_INSIDE = {NONE, FINAL, NONE, NONE, FINAL, FINAL, NONE, FINAL, NONE, FINAL, FINAL};

    // Meetings of BODY.
    static final MeetingFacts DRAFT_AGENDA = meeting(MeetingStatus.SCHEDULED, AgendaStatus.DRAFT, MinutesStatus.DRAFT);
    static final MeetingFacts PUBLISHED_AGENDA = meeting(MeetingStatus.SCHEDULED, AgendaStatus.PUBLISHED, MinutesStatus.DRAFT);
    static final MeetingFacts LIVE = meeting(MeetingStatus.LIVE, AgendaStatus.PUBLISHED, MinutesStatus.DRAFT);
    static final MeetingFacts CLOSED_DRAFT = closed(MinutesStatus.DRAFT);
    static final MeetingFacts CLOSED_DRAFT_PUBLISHED = closed(MinutesStatus.DRAFT_PUBLISHED);
    static final MeetingFacts CLOSED_APPROVED = closed(MinutesStatus.APPROVED);
    static final MeetingFacts CLOSED_PUBLISHED = closed(MinutesStatus.PUBLISHED);
    static final MeetingFacts CANCELLED = meeting(MeetingStatus.CANCELLED, AgendaStatus.PUBLISHED, MinutesStatus.DRAFT);
    static final MeetingFacts CANCELLED_DRAFT_AGENDA = meeting(MeetingStatus.CANCELLED, AgendaStatus.DRAFT, MinutesStatus.DRAFT);
    static final MeetingFacts POSTPONED = meeting(MeetingStatus.POSTPONED, AgendaStatus.PUBLISHED, MinutesStatus.DRAFT);

    static final ItemFacts OPEN = ItemFacts.OPEN;
    static final ItemFacts EXEMPT = ItemFacts.EXEMPT;

    record Row(String behaviour, Function<Viewer, Object> rule, Object[] expected) {
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        // Seeing: bodies and meetings.
        rows.add(row("everyone sees a body and its meeting list", v -> AccessPolicy.canSeeBody(v, BODY), EVERYONE));
        rows.add(row("everyone sees a scheduled meeting's facts", v -> AccessPolicy.canSeeMeeting(v, PUBLISHED_AGENDA), EVERYONE));
        rows.add(row("everyone sees a cancelled meeting's facts", v -> AccessPolicy.canSeeMeeting(v, CANCELLED), EVERYONE));
        rows.add(row("everyone sees a postponed meeting's facts", v -> AccessPolicy.canSeeMeeting(v, POSTPONED), EVERYONE));

        // Seeing: agendas, items, papers.
        rows.add(row("everyone sees a published agenda", v -> AccessPolicy.canSeeAgenda(v, PUBLISHED_AGENDA), EVERYONE));
        rows.add(row("only insiders see a draft agenda", v -> AccessPolicy.canSeeAgenda(v, DRAFT_AGENDA), INSIDERS));
        rows.add(row("cancelled meeting keeps its published agenda public", v -> AccessPolicy.canSeeAgenda(v, CANCELLED), EVERYONE));
        rows.add(row("cancelled meeting's draft agenda stays with insiders", v -> AccessPolicy.canSeeAgenda(v, CANCELLED_DRAFT_AGENDA), INSIDERS));
        rows.add(row("open item on a published agenda is shown in full",
                v -> AccessPolicy.agendaItemAccess(v, PUBLISHED_AGENDA, OPEN), ALL_FULL));
        rows.add(row("exempt item on a published agenda is title-only outside the body",
                v -> AccessPolicy.agendaItemAccess(v, PUBLISHED_AGENDA, EXEMPT), TITLE_OUTSIDE));
        rows.add(row("exempt item while live is title-only outside the body",
                v -> AccessPolicy.agendaItemAccess(v, LIVE, EXEMPT), TITLE_OUTSIDE));
        rows.add(row("open item on a draft agenda is hidden outside the body",
                v -> AccessPolicy.agendaItemAccess(v, DRAFT_AGENDA, OPEN), HIDDEN_OUTSIDE));
        rows.add(row("exempt item on a draft agenda is hidden outside the body",
                v -> AccessPolicy.agendaItemAccess(v, DRAFT_AGENDA, EXEMPT), HIDDEN_OUTSIDE));
        rows.add(row("everyone sees an open item's papers once the agenda is published",
                v -> AccessPolicy.canSeePapers(v, PUBLISHED_AGENDA, OPEN), EVERYONE));
        rows.add(row("only insiders see papers before the agenda is published",
                v -> AccessPolicy.canSeePapers(v, DRAFT_AGENDA, OPEN), INSIDERS));
        rows.add(row("only insiders see an exempt item's papers", v -> AccessPolicy.canSeePapers(v, PUBLISHED_AGENDA, EXEMPT), INSIDERS));
        rows.add(row("only insiders see an exempt item's papers while live", v -> AccessPolicy.canSeePapers(v, LIVE, EXEMPT), INSIDERS));
        rows.add(row("only insiders see exempt content of this body", v -> AccessPolicy.canSeeExemptContent(v, BODY), INSIDERS));

        // Seeing: minutes.
        rows.add(row("everyone follows the live record, marked draft", v -> AccessPolicy.minutesAccess(v, LIVE), ALL_DRAFT));
        rows.add(row("draft minutes of a closed meeting are for insiders, marked draft",
                v -> AccessPolicy.minutesAccess(v, CLOSED_DRAFT), DRAFT_INSIDE));
        rows.add(row("published draft minutes are public, marked draft",
                v -> AccessPolicy.minutesAccess(v, CLOSED_DRAFT_PUBLISHED), ALL_DRAFT));
        rows.add(row("approved unpublished minutes are for insiders, unmarked",
                v -> AccessPolicy.minutesAccess(v, CLOSED_APPROVED), FINAL_INSIDE));
        rows.add(row("published minutes are public and final", v -> AccessPolicy.minutesAccess(v, CLOSED_PUBLISHED), ALL_FINAL));
        rows.add(row("a cancelled meeting has no public minutes", v -> AccessPolicy.minutesAccess(v, CANCELLED), DRAFT_INSIDE));
        rows.add(row("exempt minute while live is title-only outside the body",
                v -> AccessPolicy.minutesItemAccess(v, LIVE, EXEMPT), TITLE_OUTSIDE));
        rows.add(row("exempt minute in published minutes is title-only outside the body",
                v -> AccessPolicy.minutesItemAccess(v, CLOSED_PUBLISHED, EXEMPT), TITLE_OUTSIDE));
        rows.add(row("exempt minute in draft minutes is hidden outside the body",
                v -> AccessPolicy.minutesItemAccess(v, CLOSED_DRAFT, EXEMPT), HIDDEN_OUTSIDE));
        rows.add(row("open minute in approved unpublished minutes is hidden outside the body",
                v -> AccessPolicy.minutesItemAccess(v, CLOSED_APPROVED, OPEN), HIDDEN_OUTSIDE));
        rows.add(row("open minute in published draft minutes is shown in full",
                v -> AccessPolicy.minutesItemAccess(v, CLOSED_DRAFT_PUBLISHED, OPEN), ALL_FULL));

        // Seeing: actions.
        rows.add(row("private tracker: insiders and the owning organisation's officer see its action",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, ORG, false, CLOSED_PUBLISHED, OPEN)), INSIDERS_AND_OFFICER));
        rows.add(row("private tracker: insiders and the owning officer see their action",
                v -> AccessPolicy.canSeeAction(v, action(OFFICER_PERSON, OTHER_ORG, false, CLOSED_PUBLISHED, OPEN)), INSIDERS_AND_OFFICER));
        rows.add(row("private tracker: only insiders see another organisation's action",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, false, CLOSED_PUBLISHED, OPEN)), INSIDERS));
        rows.add(row("public tracker: everyone sees an action from a public item in published minutes",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_PUBLISHED, OPEN)), EVERYONE));
        rows.add(row("public tracker: everyone sees an action from published draft minutes",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_DRAFT_PUBLISHED, OPEN)), EVERYONE));
        rows.add(row("public tracker: everyone sees an action recorded in the live record",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, LIVE, OPEN)), EVERYONE));
        rows.add(row("public tracker: only insiders see an action from an exempt item",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_PUBLISHED, EXEMPT)), INSIDERS));
        rows.add(row("public tracker: only insiders see an action from unpublished draft minutes",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_DRAFT, OPEN)), INSIDERS));
        rows.add(row("public tracker: only insiders see an action from approved unpublished minutes",
                v -> AccessPolicy.canSeeAction(v, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_APPROVED, OPEN)), INSIDERS));
        rows.add(row("public tracker: only insiders see an action raised outside a meeting",
                v -> AccessPolicy.canSeeAction(v, new ActionFacts(BODY, SOMEONE_ELSE, OTHER_ORG, true, null, null)), INSIDERS));

        // Doing.
        rows.add(row("only admins administer bodies, people and accounts", AccessPolicy::canAdminister, ADMIN_ONLY));
        rows.add(row("only this body's clerk or an admin edits its agenda", v -> AccessPolicy.canEditAgenda(v, BODY), CLERK_OR_ADMIN));
        rows.add(row("only this body's clerk or an admin records its minutes", v -> AccessPolicy.canRecordMinutes(v, BODY), CLERK_OR_ADMIN));
        rows.add(row("chair, vice-chair or this body's clerk chairs its meeting", v -> AccessPolicy.canChair(v, BODY), CHAIRS));
        rows.add(row("anyone with a place on the body may ask to speak", v -> AccessPolicy.canRequestToSpeak(v, BODY), PLACE_ON_BODY));
        rows.add(row("owning organisation's officer or the clerk updates an action's progress",
                v -> AccessPolicy.canUpdateActionProgress(v, action(SOMEONE_ELSE, ORG, false, CLOSED_PUBLISHED, OPEN)), OFFICER_OR_CLERK));
        rows.add(row("owning officer updates their action even for another organisation",
                v -> AccessPolicy.canUpdateActionProgress(v, action(OFFICER_PERSON, OTHER_ORG, false, CLOSED_PUBLISHED, OPEN)), OFFICER_OR_CLERK));
        rows.add(row("a councillor who owns an action updates it",
                v -> AccessPolicy.canUpdateActionProgress(v, action(MEMBER_PERSON, null, true, CLOSED_PUBLISHED, OPEN)), MEMBER_OR_CLERK));
        rows.add(row("only this body's clerk or an admin approves its minutes", v -> AccessPolicy.canApproveMinutes(v, BODY), CLERK_OR_ADMIN));
        rows.add(row("only this body's clerk or an admin publishes its minutes", v -> AccessPolicy.canPublishMinutes(v, BODY), CLERK_OR_ADMIN));
        rows.add(row("chair, vice-chair or this body's clerk signs its minutes off", v -> AccessPolicy.canSignMinutes(v, BODY), CHAIRS));
        rows.add(row("anyone with a place on the body suggests corrections to its draft minutes",
                v -> AccessPolicy.canSuggestCorrection(v, BODY), PLACE_ON_BODY));
        return rows;
    }

    @TestFactory
    Stream<DynamicContainer> everyViewerKindAgainstEveryRule() {
        return table().stream().map(row -> dynamicContainer(row.behaviour(),
                Arrays.stream(Kind.values()).map(kind -> {
                    Object expected = row.expected()[kind.ordinal()];
                    return dynamicTest(kind + " → " + expected, () -> assertThat(row.rule().apply(kind.viewer))
                            .as("%s, for %s", row.behaviour(), kind)
                            .isEqualTo(expected));
                })));
    }

    @Test
    void everyRowHasOneExpectationPerViewerKind() {
        assertThat(table()).allSatisfy(row -> assertThat(row.expected()).as(row.behaviour()).hasSize(Kind.values().length));
    }

    // ---------------------------------------------------------------- edge cases, by name

    @Test
    void publicNeverSeesExemptItemContent() {
        for (MeetingFacts meeting : everyMeetingState()) {
            assertThat(AccessPolicy.agendaItemAccess(Viewer.anonymous(), meeting, EXEMPT)).as("agenda, %s", meeting).isNotEqualTo(FULL);
            assertThat(AccessPolicy.minutesItemAccess(Viewer.anonymous(), meeting, EXEMPT)).as("minutes, %s", meeting).isNotEqualTo(FULL);
            assertThat(AccessPolicy.canSeePapers(Viewer.anonymous(), meeting, EXEMPT)).as("papers, %s", meeting).isFalse();
            for (boolean trackerPublic : new boolean[] {true, false}) {
                assertThat(AccessPolicy.canSeeAction(Viewer.anonymous(),
                        action(SOMEONE_ELSE, OTHER_ORG, trackerPublic, meeting, EXEMPT))).as("action, %s", meeting).isFalse();
            }
        }
    }

    @Test
    void publicSeesOnlyTheTitleOfAnExemptItemWhileLive() {
        assertThat(AccessPolicy.agendaItemAccess(Viewer.anonymous(), LIVE, EXEMPT)).isEqualTo(TITLE_ONLY);
        assertThat(AccessPolicy.minutesItemAccess(Viewer.anonymous(), LIVE, EXEMPT)).isEqualTo(TITLE_ONLY);
        assertThat(AccessPolicy.minutesItemAccess(Kind.MEMBER.viewer, LIVE, EXEMPT)).isEqualTo(FULL);
    }

    @Test
    void signedInOutsidersSeeNoMoreThanThePublic() {
        List<Kind> outsiders = List.of(Kind.MEMBER_ELSEWHERE, Kind.OFFICER, Kind.CLERK_ELSEWHERE, Kind.CHAIR_ELSEWHERE);
        Viewer anonymous = Viewer.anonymous();
        for (MeetingFacts meeting : everyMeetingState()) {
            for (ItemFacts item : List.of(OPEN, EXEMPT)) {
                for (Kind outsider : outsiders) {
                    Viewer v = outsider.viewer;
                    assertThat(AccessPolicy.canSeeAgenda(v, meeting)).isEqualTo(AccessPolicy.canSeeAgenda(anonymous, meeting));
                    assertThat(AccessPolicy.minutesAccess(v, meeting)).isEqualTo(AccessPolicy.minutesAccess(anonymous, meeting));
                    assertThat(AccessPolicy.agendaItemAccess(v, meeting, item))
                            .isEqualTo(AccessPolicy.agendaItemAccess(anonymous, meeting, item));
                    assertThat(AccessPolicy.minutesItemAccess(v, meeting, item))
                            .isEqualTo(AccessPolicy.minutesItemAccess(anonymous, meeting, item));
                    assertThat(AccessPolicy.canSeePapers(v, meeting, item)).isEqualTo(AccessPolicy.canSeePapers(anonymous, meeting, item));
                }
            }
        }
    }

    @Test
    void draftPublishedMinutesAreMarkedDraftForEveryone() {
        for (Kind kind : Kind.values()) {
            MinutesAccess access = AccessPolicy.minutesAccess(kind.viewer, CLOSED_DRAFT_PUBLISHED);
            assertThat(access.isVisible()).as("%s", kind).isTrue();
            assertThat(access.isDraft()).as("%s", kind).isTrue();
        }
    }

    @Test
    void publicNeverSeesUnpublishedDraftOrApprovedMinutes() {
        assertThat(AccessPolicy.minutesAccess(Viewer.anonymous(), CLOSED_DRAFT)).isEqualTo(MinutesAccess.HIDDEN);
        assertThat(AccessPolicy.minutesAccess(Viewer.anonymous(), CLOSED_APPROVED)).isEqualTo(MinutesAccess.HIDDEN);
        assertThat(AccessPolicy.minutesAccess(Viewer.anonymous(), CLOSED_PUBLISHED)).isEqualTo(FINAL);
    }

    @Test
    void membersSeeDraftMinutesMarkedAndApprovedMinutesFinal() {
        assertThat(AccessPolicy.minutesAccess(Kind.MEMBER.viewer, CLOSED_DRAFT)).isEqualTo(DRAFT_MARKED);
        assertThat(AccessPolicy.minutesAccess(Kind.MEMBER.viewer, CLOSED_APPROVED)).isEqualTo(FINAL);
    }

    @Test
    void cancelledMeetingIsPublicButHasNoPublicMinutes() {
        assertThat(AccessPolicy.canSeeMeeting(Viewer.anonymous(), CANCELLED)).isTrue();
        assertThat(AccessPolicy.canSeeAgenda(Viewer.anonymous(), CANCELLED)).isTrue();
        assertThat(AccessPolicy.minutesAccess(Viewer.anonymous(), CANCELLED)).isEqualTo(MinutesAccess.HIDDEN);
    }

    @Test
    void clerkOfAnotherBodyCannotEditThisBodysAgendaOrMinutes() {
        Viewer clerk = Kind.CLERK_ELSEWHERE.viewer;
        assertThat(AccessPolicy.canEditAgenda(clerk, BODY)).isFalse();
        assertThat(AccessPolicy.canRecordMinutes(clerk, BODY)).isFalse();
        assertThat(AccessPolicy.canApproveMinutes(clerk, BODY)).isFalse();
        assertThat(AccessPolicy.canEditAgenda(clerk, OTHER_BODY)).isTrue();
    }

    @Test
    void clerkAccountEditsOnlyTheBodiesItServesAsClerk() {
        Viewer clerk = Viewer.signedIn(Role.CLERK, 30L)
                .withMembership(BODY, MembershipRole.MEMBER)
                .withMembership(OTHER_BODY, MembershipRole.CLERK);
        assertThat(AccessPolicy.canEditAgenda(clerk, BODY)).isFalse();
        assertThat(AccessPolicy.canEditAgenda(clerk, OTHER_BODY)).isTrue();
        assertThat(AccessPolicy.canSeeAgenda(clerk, DRAFT_AGENDA)).isTrue();
    }

    @Test
    void clerkMembershipOnANonClerkAccountGrantsNoClerkRights() {
        Viewer member = Viewer.signedIn(Role.MEMBER, 31L).withMembership(BODY, MembershipRole.CLERK);
        assertThat(member.clerkOf(BODY)).isFalse();
        assertThat(AccessPolicy.canEditAgenda(member, BODY)).isFalse();
        assertThat(AccessPolicy.canChair(member, BODY)).isFalse();
    }

    @Test
    void chairOfAnotherBodyCannotChairThisOne() {
        assertThat(AccessPolicy.canChair(Kind.CHAIR_ELSEWHERE.viewer, BODY)).isFalse();
        assertThat(AccessPolicy.canChair(Kind.CHAIR_ELSEWHERE.viewer, OTHER_BODY)).isTrue();
    }

    @Test
    void ordinaryMemberCannotChair() {
        assertThat(AccessPolicy.canChair(Kind.MEMBER.viewer, BODY)).isFalse();
    }

    @Test
    void publicTrackerOffHidesEveryActionFromThePublic() {
        for (MeetingFacts meeting : everyMeetingState()) {
            assertThat(AccessPolicy.canSeeAction(Viewer.anonymous(), action(SOMEONE_ELSE, OTHER_ORG, false, meeting, OPEN)))
                    .as("%s", meeting).isFalse();
        }
    }

    @Test
    void officerSeesTheirOrganisationsActionsButNotAnothers() {
        Viewer officer = Kind.OFFICER.viewer;
        assertThat(AccessPolicy.canSeeAction(officer, action(SOMEONE_ELSE, ORG, false, CLOSED_DRAFT, OPEN))).isTrue();
        assertThat(AccessPolicy.canSeeAction(officer, action(SOMEONE_ELSE, OTHER_ORG, false, CLOSED_DRAFT, OPEN))).isFalse();
        assertThat(AccessPolicy.canUpdateActionProgress(officer, action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_PUBLISHED, OPEN))).isFalse();
    }

    @Test
    void organisationReachesActionsOnlyThroughAnOfficerAccount() {
        Viewer councillor = Viewer.signedIn(Role.MEMBER, 32L).withOrganisation(ORG);
        ActionFacts orgAction = action(SOMEONE_ELSE, ORG, false, CLOSED_PUBLISHED, OPEN);
        assertThat(AccessPolicy.canSeeAction(councillor, orgAction)).isFalse();
        assertThat(AccessPolicy.canUpdateActionProgress(councillor, orgAction)).isFalse();
    }

    @Test
    void whoeverMayUpdateAnActionMaySeeIt() {
        List<ActionFacts> actions = new ArrayList<>();
        for (MeetingFacts meeting : everyMeetingState()) {
            for (ItemFacts item : List.of(OPEN, EXEMPT)) {
                actions.add(action(OFFICER_PERSON, OTHER_ORG, false, meeting, item));
                actions.add(action(MEMBER_PERSON, ORG, false, meeting, item));
                actions.add(action(SOMEONE_ELSE, ORG, true, meeting, item));
            }
        }
        for (Kind kind : Kind.values()) {
            for (ActionFacts a : actions) {
                if (AccessPolicy.canUpdateActionProgress(kind.viewer, a)) {
                    assertThat(AccessPolicy.canSeeAction(kind.viewer, a)).as("%s, %s", kind, a).isTrue();
                }
            }
        }
    }

    @Test
    void whoeverMayEditOrRecordMaySeeTheDrafts() {
        for (Kind kind : Kind.values()) {
            if (AccessPolicy.canEditAgenda(kind.viewer, BODY) || AccessPolicy.canRecordMinutes(kind.viewer, BODY)) {
                assertThat(AccessPolicy.canSeeAgenda(kind.viewer, DRAFT_AGENDA)).as("%s", kind).isTrue();
                assertThat(AccessPolicy.minutesAccess(kind.viewer, CLOSED_DRAFT).isVisible()).as("%s", kind).isTrue();
                assertThat(AccessPolicy.canSeeExemptContent(kind.viewer, BODY)).as("%s", kind).isTrue();
            }
        }
    }

    @Test
    void adminWithoutAPlaceOnTheBodyCannotAskToSpeak() {
        assertThat(AccessPolicy.canRequestToSpeak(Kind.ADMIN.viewer, BODY)).isFalse();
        assertThat(AccessPolicy.canRequestToSpeak(Kind.ADMIN.viewer.withMembership(BODY, MembershipRole.MEMBER), BODY)).isTrue();
    }

    // ---------------------------------------------------------------- the viewer itself

    @Test
    void anonymousViewerCannotCarryAnIdentity() {
        assertThatThrownBy(() -> new Viewer(null, 1L, null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewer(null, null, ORG, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Viewer.anonymous().withMembership(BODY, MembershipRole.MEMBER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyMembershipOfABodyIsNoMembership() {
        Viewer v = Viewer.signedIn(Role.MEMBER, 33L, null, Map.of(BODY, Set.of()));
        assertThat(v.isMemberOf(BODY)).isFalse();
        assertThat(AccessPolicy.canSeeAgenda(v, DRAFT_AGENDA)).isFalse();
    }

    @Test
    void viewerMembershipsCannotBeChangedAfterTheFact() {
        Viewer v = Kind.MEMBER.viewer;
        assertThatThrownBy(() -> v.memberships().put(OTHER_BODY, Set.of(MembershipRole.CHAIR)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingViewerFailsLoudlyRatherThanActingAsThePublic() {
        // Even where the public would be allowed, so a lost account never passes silently.
        ActionFacts publicAction = action(SOMEONE_ELSE, OTHER_ORG, true, CLOSED_PUBLISHED, OPEN);
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeBody(null, BODY));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeMeeting(null, PUBLISHED_AGENDA));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeAgenda(null, PUBLISHED_AGENDA));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.agendaItemAccess(null, PUBLISHED_AGENDA, OPEN));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeePapers(null, PUBLISHED_AGENDA, OPEN));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.minutesAccess(null, LIVE));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.minutesItemAccess(null, CLOSED_PUBLISHED, OPEN));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeAction(null, publicAction));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canChair(null, BODY));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canUpdateActionProgress(null, publicAction));
    }

    @Test
    void aMissingFactFailsLoudly() {
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeAgenda(Viewer.anonymous(), null));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.agendaItemAccess(Kind.ADMIN.viewer, PUBLISHED_AGENDA, null));
        assertThatNullPointerException().isThrownBy(() -> AccessPolicy.canSeeAction(Kind.ADMIN.viewer, null));
        assertThatNullPointerException().isThrownBy(() -> new MeetingFacts(BODY, null, AgendaStatus.DRAFT, MinutesStatus.DRAFT));
        assertThatThrownBy(() -> new ActionFacts(BODY, null, null, true, LIVE, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsSeveralRolesOnOneBody() {
        Viewer v = Viewer.signedIn(Role.MEMBER, 34L).withMembership(BODY, MembershipRole.MEMBER)
                .withMembership(BODY, MembershipRole.VICE_CHAIR);
        assertThat(v.rolesOn(BODY)).containsExactlyInAnyOrder(MembershipRole.MEMBER, MembershipRole.VICE_CHAIR);
        assertThat(AccessPolicy.canChair(v, BODY)).isTrue();
    }

    // ---------------------------------------------------------------- fixtures

    static Row row(String behaviour, Function<Viewer, Object> rule, Object[] expected) {
        return new Row(behaviour, rule, expected);
    }

    static MeetingFacts meeting(MeetingStatus status, AgendaStatus agenda, MinutesStatus minutes) {
        return new MeetingFacts(BODY, status, agenda, minutes);
    }

    static MeetingFacts closed(MinutesStatus minutes) {
        return meeting(MeetingStatus.CLOSED, AgendaStatus.PUBLISHED, minutes);
    }

    static ActionFacts action(Long ownerPerson, Long ownerOrg, boolean trackerPublic, MeetingFacts source, ItemFacts item) {
        return new ActionFacts(BODY, ownerPerson, ownerOrg, trackerPublic, source, item);
    }

    /** Every combination of meeting, agenda and minutes status, possible or not: the rules must hold for all. */
    static List<MeetingFacts> everyMeetingState() {
        List<MeetingFacts> all = new ArrayList<>();
        for (MeetingStatus s : MeetingStatus.values()) {
            for (AgendaStatus a : AgendaStatus.values()) {
                for (MinutesStatus m : MinutesStatus.values()) {
                    all.add(meeting(s, a, m));
                }
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static <E> E[] fill(E value) {
        E[] array = (E[]) java.lang.reflect.Array.newInstance(value.getClass(), Kind.values().length);
        Arrays.fill(array, value);
        return array;
    }
}
