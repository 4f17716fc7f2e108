package org.minutebook.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.plan.RagRule.ActionFact;
import org.minutebook.plan.RagRule.MilestoneFact;

class RagRuleTest {

    static final LocalDate TODAY = LocalDate.of(2019, 9, 10);
    final RagRule rule = new RagRule(TODAY);

    static ActionFact open(LocalDate due) {
        return new ActionFact(true, false, due);
    }

    static ActionFact done(LocalDate due) {
        return new ActionFact(false, true, due);
    }

    static ActionFact dropped() {
        return new ActionFact(false, false, null);
    }

    @Test
    void nothingLinkedIsNotStartedRatherThanGreen() {
        assertThat(rule.judge(List.of(), List.of())).isEqualTo(Rag.NOT_STARTED);
        // A dropped action is no work on the recommendation.
        assertThat(rule.judge(List.of(dropped()), List.of())).isEqualTo(Rag.NOT_STARTED);
    }

    @Test
    void allDoneIsComplete() {
        assertThat(rule.judge(List.of(done(TODAY.minusDays(30)), done(null), dropped()), List.of())).isEqualTo(Rag.COMPLETE);
        assertThat(rule.judge(List.of(done(null)), List.of(new MilestoneFact(MilestoneStatus.ACHIEVED, TODAY.minusDays(1)))))
                .isEqualTo(Rag.COMPLETE);
    }

    @Test
    void oneOverdueActionMakesItRedEvenAmongDoneOnes() {
        assertThat(rule.judge(List.of(done(null), open(TODAY.minusDays(1)), open(TODAY.plusDays(60))), List.of()))
                .isEqualTo(Rag.RED);
    }

    @Test
    void anActionDueTodayIsNotYetLateButIsDueSoon() {
        assertThat(rule.judge(List.of(open(TODAY)), List.of())).isEqualTo(Rag.AMBER);
    }

    @Test
    void dueWithinFourteenDaysIsAmberAndLaterIsGreen() {
        assertThat(rule.judge(List.of(open(TODAY.plusDays(RagRule.DUE_SOON_DAYS))), List.of())).isEqualTo(Rag.AMBER);
        assertThat(rule.judge(List.of(open(TODAY.plusDays(RagRule.DUE_SOON_DAYS + 1))), List.of())).isEqualTo(Rag.GREEN);
        // An open action with no date cannot be late: work under way.
        assertThat(rule.judge(List.of(open(null)), List.of())).isEqualTo(Rag.GREEN);
    }

    @Test
    void aMilestoneMissedOrStillPlannedAfterItsDateIsRed() {
        assertThat(rule.judge(List.of(open(null)), List.of(new MilestoneFact(MilestoneStatus.MISSED, TODAY.plusDays(90)))))
                .isEqualTo(Rag.RED);
        assertThat(rule.judge(List.of(), List.of(new MilestoneFact(MilestoneStatus.PLANNED, TODAY.minusDays(1)))))
                .isEqualTo(Rag.RED);
        assertThat(rule.judge(List.of(), List.of(new MilestoneFact(MilestoneStatus.PLANNED, TODAY.plusDays(3)))))
                .isEqualTo(Rag.AMBER);
        // An achieved milestone is never late, whatever its date.
        assertThat(rule.judge(List.of(open(null)), List.of(new MilestoneFact(MilestoneStatus.ACHIEVED, TODAY.minusYears(1)))))
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void aDoneActionPastItsDateIsNotLate() {
        assertThat(rule.overdue(done(TODAY.minusDays(10)))).isFalse();
        assertThat(rule.overdue(open(TODAY.minusDays(10)))).isTrue();
    }

    @Test
    void aThemeTakesTheWorstOfItsRecommendations() {
        assertThat(RagRule.rollUp(List.of(Rag.GREEN, Rag.RED, Rag.COMPLETE))).isEqualTo(Rag.RED);
        assertThat(RagRule.rollUp(List.of(Rag.GREEN, Rag.AMBER, Rag.NOT_STARTED))).isEqualTo(Rag.AMBER);
        assertThat(RagRule.rollUp(List.of(Rag.COMPLETE, Rag.COMPLETE))).isEqualTo(Rag.COMPLETE);
        // Complete only when every part is: one recommendation not started keeps the theme open.
        assertThat(RagRule.rollUp(List.of(Rag.COMPLETE, Rag.NOT_STARTED))).isEqualTo(Rag.GREEN);
        assertThat(RagRule.rollUp(List.of(Rag.NOT_STARTED, Rag.NOT_STARTED))).isEqualTo(Rag.NOT_STARTED);
        assertThat(RagRule.rollUp(List.of())).isEqualTo(Rag.NOT_STARTED);
    }
}
