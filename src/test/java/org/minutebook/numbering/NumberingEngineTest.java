package org.minutebook.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutebook.people.ClauseMarkStyle;
import org.minutebook.people.HouseStyle;
import org.minutebook.people.ItemNumbering;

class NumberingEngineTest {

    private final NumberingEngine engine = new NumberingEngine();

    private static final HouseStyle BOARD = HouseStyle.board();
    private static final HouseStyle RUNNING =
            new HouseStyle(ItemNumbering.RUNNING, "{n}", true, "RESOLVED –", ClauseMarkStyle.LETTER_BOTH);
    private static final HouseStyle UNNUMBERED =
            new HouseStyle(ItemNumbering.NONE, "{n}", false, "AGREED", ClauseMarkStyle.NUMBER_DOT);
    private static final HouseStyle BY_YEAR =
            new HouseStyle(ItemNumbering.PER_MEETING, "{n}/{yy}", true, "RESOLVED –", ClauseMarkStyle.NUMBER_BOTH);

    /** {@code count} items or paragraphs with nothing frozen. */
    private static List<String> unfrozen(int count) {
        return Collections.nCopies(count, null);
    }

    /** Frozen numbers as stored; {@code null} for "not frozen" (List.of rejects nulls). */
    private static List<String> stored(String... numbers) {
        return Arrays.asList(numbers);
    }

    private static HouseStyle withFormat(String format) {
        return new HouseStyle(ItemNumbering.PER_MEETING, format, true, "Resolved that the Board:", ClauseMarkStyle.LETTER_PAREN);
    }

    @Nested
    class ItemNumbers {

        @Test
        void perMeetingItemsCountFromOneInAgendaOrder() {
            assertThat(engine.itemNumbers(BOARD, NumberingEngine.DEFAULT_START_NUMBER, null, unfrozen(14)))
                    .hasSize(14)
                    .startsWith("1", "2", "3")
                    .endsWith("14");
        }

        @Test
        void runningBodyCountsOnFromTheStartTheClerkSets() {
            assertThat(engine.itemNumbers(RUNNING, 233, null, unfrozen(4)))
                    .containsExactly("233", "234", "235", "236");
        }

        @Test
        void perMeetingAndRunningNumberAlikeGivenTheSameStart() {
            assertThat(engine.itemNumbers(BOARD, 14, null, unfrozen(3)))
                    .isEqualTo(engine.itemNumbers(RUNNING, 14, null, unfrozen(3)));
        }

        @Test
        void yearFormatPutsTheTwoDigitMunicipalYearAfterTheNumber() {
            assertThat(engine.itemNumbers(BY_YEAR, 1, Year.of(2025), unfrozen(3)))
                    .containsExactly("1/25", "2/25", "3/25");
        }

        @Test
        void yearFormatKeepsTheLeadingZeroOfTheYear() {
            assertThat(engine.itemNumbers(BY_YEAR, 7, Year.of(2005), unfrozen(1))).containsExactly("7/05");
        }

        @Test
        void formatMayCarryFixedText() {
            assertThat(engine.itemNumbers(withFormat("Minute {n}"), 1, null, unfrozen(2)))
                    .containsExactly("Minute 1", "Minute 2");
        }

        @Test
        void noneNumberingGivesNoItemNumbers() {
            assertThat(engine.itemNumbers(UNNUMBERED, 1, null, unfrozen(3))).containsExactly(null, null, null);
        }

        @Test
        void noneNumberingIgnoresTheFormat() {
            HouseStyle none = new HouseStyle(ItemNumbering.NONE, "", false, "AGREED", ClauseMarkStyle.NUMBER_DOT);

            assertThat(engine.itemNumbers(none, 1, null, unfrozen(1))).containsExactly((String) null);
        }

        @Test
        void noItemsGiveNoNumbers() {
            assertThat(engine.itemNumbers(BOARD, 1, null, List.of())).isEmpty();
        }

        @Test
        void resultCannotBeChangedByTheCaller() {
            List<String> numbers = engine.itemNumbers(BOARD, 1, null, unfrozen(2));

            assertThat(numbers).isUnmodifiable();
        }
    }

    @Nested
    class ParagraphNumbers {

        @Test
        void westSussexItem14HasEightParagraphsTheLastBeingTheResolution() {
            // Seed: 14.1 … 14.7 discussion, then "14.8 Resolved that the Board: a) … b) … c) …"
            List<String> items = engine.itemNumbers(BOARD, 1, null, unfrozen(14));
            String item14 = items.get(13);

            List<String> paragraphs = engine.paragraphNumbers(item14, BOARD, unfrozen(8));

            assertThat(paragraphs).containsExactly("14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "14.7", "14.8");
            assertThat(paragraphs.get(7) + " " + engine.resolutionPreamble(BOARD))
                    .isEqualTo("14.8 Resolved that the Board:");
            assertThat(engine.clauseMarks(BOARD.clauseMarks(), 3)).containsExactly("a)", "b)", "c)");
        }

        @Test
        void scrutinyItem4IsNumberedByOrderSoTheSeedsMissing4Point4Closes() {
            // The seed record skips 4.4 (4.1, 4.2, 4.3, 4.5 … 4.8); the engine numbers by position, so a fresh
            // record of the same seven paragraphs reads 4.1 … 4.7.
            assertThat(engine.paragraphNumbers("4", BOARD, unfrozen(7)))
                    .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7");
        }

        @Test
        void scrutinyItem4KeepsTheSeedsGapOnceThoseNumbersAreFrozen() {
            List<String> seed = stored("4.1", "4.2", "4.3", "4.5", "4.6", "4.7", "4.8");

            assertThat(engine.paragraphNumbers("4", BOARD, seed)).isEqualTo(seed);
        }

        @Test
        void paragraphsOfAYearNumberedItemAppendDotAndPosition() {
            assertThat(engine.paragraphNumbers("1/25", BY_YEAR, unfrozen(2))).containsExactly("1/25.1", "1/25.2");
        }

        @Test
        void noParagraphNumbersWhenTheStyleTurnsThemOff() {
            HouseStyle plainParagraphs =
                    new HouseStyle(ItemNumbering.PER_MEETING, "{n}", false, "RESOLVED –", ClauseMarkStyle.LETTER_BOTH);

            assertThat(engine.paragraphNumbers("3", plainParagraphs, unfrozen(2))).containsExactly(null, null);
        }

        @Test
        void noParagraphNumbersUnderAnUnnumberedItem() {
            assertThat(engine.paragraphNumbers(null, BOARD, unfrozen(2))).containsExactly(null, null);
            assertThat(engine.paragraphNumbers(" ", BOARD, unfrozen(1))).containsExactly((String) null);
        }

        @Test
        void unnumberedBodyGivesBulletsOnly() {
            // A NONE body without paragraph numbers: the record is unnumbered bullets throughout
            List<ItemNumber> meeting = engine.number(UNNUMBERED, 1, null,
                    List.of(ItemNumber.unfrozen(2), ItemNumber.unfrozen(3)));

            assertThat(meeting).extracting(ItemNumber::number).containsExactly(null, null);
            assertThat(meeting).flatExtracting(ItemNumber::paragraphNumbers).containsOnlyNulls().hasSize(5);
        }
    }

    @Nested
    class ClauseMarks {

        @Test
        void eachStyleMarksTheFirstClause() {
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_PAREN, 0)).isEqualTo("a)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 0)).isEqualTo("(a)");
            assertThat(engine.clauseMark(ClauseMarkStyle.NUMBER_BOTH, 0)).isEqualTo("(1)");
            assertThat(engine.clauseMark(ClauseMarkStyle.NUMBER_DOT, 0)).isEqualTo("1.");
        }

        @Test
        void sixClauseResolutionWithNumberDot() {
            assertThat(engine.clauseMarks(ClauseMarkStyle.NUMBER_DOT, 6))
                    .containsExactly("1.", "2.", "3.", "4.", "5.", "6.");
        }

        @Test
        void lettersEndAtZForTheTwentySixthClause() {
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_PAREN, 25)).isEqualTo("z)");
        }

        @Test
        void lettersGoOnToDoubleLettersAfterZ() {
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_PAREN, 26)).isEqualTo("aa)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 26)).isEqualTo("(aa)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 27)).isEqualTo("(ab)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 51)).isEqualTo("(az)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 52)).isEqualTo("(ba)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 701)).isEqualTo("(zz)");
            assertThat(engine.clauseMark(ClauseMarkStyle.LETTER_BOTH, 702)).isEqualTo("(aaa)");
        }

        @Test
        void numbersBeyondTwentySixAreJustNumbers() {
            assertThat(engine.clauseMark(ClauseMarkStyle.NUMBER_BOTH, 26)).isEqualTo("(27)");
        }

        @Test
        void noClausesGiveNoMarks() {
            assertThat(engine.clauseMarks(ClauseMarkStyle.LETTER_PAREN, 0)).isEmpty();
        }

        @Test
        void resolutionPreambleIsTheHouseWordingTrimmed() {
            HouseStyle spaced =
                    new HouseStyle(ItemNumbering.RUNNING, "{n}", true, "  RESOLVED –  ", ClauseMarkStyle.LETTER_BOTH);

            assertThat(engine.resolutionPreamble(spaced)).isEqualTo("RESOLVED –");
        }
    }

    @Nested
    class Renumbering {

        private record Item(String title, String frozen) {
        }

        private List<String> numbersOf(List<Item> agenda) {
            return engine.itemNumbers(BOARD, 1, null, agenda.stream().map(Item::frozen).toList());
        }

        @Test
        void movingAnItemRenumbersByNewOrder() {
            List<Item> agenda = new ArrayList<>(List.of(new Item("A", null), new Item("B", null), new Item("C", null)));
            assertThat(numbersOf(agenda)).containsExactly("1", "2", "3");

            agenda.add(0, agenda.remove(2)); // C to the top

            assertThat(agenda).extracting(Item::title).containsExactly("C", "A", "B");
            assertThat(numbersOf(agenda)).containsExactly("1", "2", "3");
        }

        @Test
        void insertingAnItemPushesLaterOnesUp() {
            List<Item> agenda = new ArrayList<>(List.of(new Item("A", null), new Item("B", null)));

            agenda.add(1, new Item("urgent", null));

            assertThat(numbersOf(agenda)).containsExactly("1", "2", "3");
        }

        @Test
        void removingAParagraphClosesTheGap() {
            assertThat(engine.paragraphNumbers("14", BOARD, unfrozen(8))).endsWith("14.8");

            assertThat(engine.paragraphNumbers("14", BOARD, unfrozen(7))).endsWith("14.7");
        }

        @Test
        void frozenNumbersSurviveAReorder() {
            List<Item> agenda = new ArrayList<>(List.of(new Item("A", "1"), new Item("B", "2"), new Item("C", "3")));

            agenda.add(0, agenda.remove(2));

            assertThat(numbersOf(agenda)).containsExactly("3", "1", "2");
        }

        @Test
        void frozenNumbersSurviveAnInsertionAndTheNewItemCountsFromItsPosition() {
            List<Item> agenda = new ArrayList<>(List.of(new Item("A", "1"), new Item("B", "2"), new Item("C", "3")));

            agenda.add(new Item("late correction", null));

            assertThat(numbersOf(agenda)).containsExactly("1", "2", "3", "4");
        }

        @Test
        void frozenNumbersWinOverAChangedStartAndStyle() {
            // Approved under RUNNING from 233; the body later switches to NONE: the record does not change
            assertThat(engine.itemNumbers(UNNUMBERED, 1, null, stored("233", "234")))
                    .containsExactly("233", "234");
            assertThat(engine.itemNumbers(RUNNING, 500, null, stored("233", null)))
                    .containsExactly("233", "501");
        }

        @Test
        void frozenParagraphsSurviveAnInsertedParagraph() {
            assertThat(engine.paragraphNumbers("14", BOARD, stored("14.1", null, "14.2")))
                    .containsExactly("14.1", "14.2", "14.2");
        }

        @Test
        void freezeGivesTheNumbersToStoreAtApproval() {
            List<ItemNumber> stored = List.of(ItemNumber.unfrozen(2), ItemNumber.unfrozen(0), ItemNumber.unfrozen(1));

            List<ItemNumber> toStore = engine.freeze(RUNNING, 233, null, stored);

            assertThat(toStore).containsExactly(
                    new ItemNumber("233", List.of("233.1", "233.2")),
                    new ItemNumber("234", List.of()),
                    new ItemNumber("235", List.of("235.1")));
        }

        @Test
        void freezingAgainChangesNothing() {
            List<ItemNumber> first = engine.freeze(BY_YEAR, 1, Year.of(2025), List.of(ItemNumber.unfrozen(2)));

            // A later start or year must not touch numbers already stored
            assertThat(engine.freeze(BY_YEAR, 9, Year.of(2026), first)).isEqualTo(first);
        }

        @Test
        void freezingAnUnnumberedBodyStoresNothing() {
            assertThat(engine.freeze(UNNUMBERED, 1, null, List.of(ItemNumber.unfrozen(1))))
                    .containsExactly(new ItemNumber(null, Collections.singletonList(null)));
        }

        @Test
        void freezeRefusesToStoreTheSameItemNumberTwice() {
            // An item slipped in between frozen ones takes its position's number, which is already taken
            List<ItemNumber> stored = List.of(
                    new ItemNumber("1", List.of()), ItemNumber.unfrozen(0), new ItemNumber("2", List.of()));

            assertThat(engine.number(BOARD, 1, null, stored)).extracting(ItemNumber::number)
                    .containsExactly("1", "2", "2");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.freeze(BOARD, 1, null, stored))
                    .withMessage("Cannot freeze: two items would both be numbered 2; renumber or move them before approval");
        }

        @Test
        void freezeRefusesToStoreTheSameParagraphNumberTwice() {
            List<ItemNumber> stored = List.of(new ItemNumber("14", stored("14.1", null, "14.2")));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.freeze(BOARD, 14, null, stored))
                    .withMessageContaining("two paragraphs would both be numbered 14.2");
        }
    }

    @Nested
    class BadInput {

        @Test
        void zeroStartingNumberIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(BOARD, 0, null, unfrozen(1)))
                    .withMessage("Item numbers start at 1 or more; the starting number was 0");
        }

        @Test
        void negativeStartingNumberIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(RUNNING, -5, null, unfrozen(1)))
                    .withMessageContaining("was -5");
        }

        @Test
        void formatWithoutNIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(withFormat("Item/{yy}"), 1, Year.of(2025), unfrozen(1)))
                    .withMessage("The item number format \"Item/{yy}\" has no {n}, so every item would get the same number");
        }

        @Test
        void formatWithoutNIsRefusedEvenWhenEveryItemIsFrozen() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(withFormat("Item"), 1, null, stored("1")))
                    .withMessageContaining("has no {n}");
        }

        @Test
        void emptyFormatIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(withFormat(" "), 1, null, unfrozen(1)))
                    .withMessageContaining("format is empty");
        }

        @Test
        void unknownPlaceholderIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(withFormat("{n}/{yyyy}"), 1, Year.of(2025), unfrozen(1)))
                    .withMessage("The item number format \"{n}/{yyyy}\" has an unknown placeholder {yyyy}; only {n} and {yy} are allowed");
        }

        @Test
        void yearFormatWithoutAYearIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(BY_YEAR, 1, null, unfrozen(1)))
                    .withMessage("The item number format \"{n}/{yy}\" uses {yy} but no municipal year start was given");
        }

        @Test
        void blankFrozenNumberIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.itemNumbers(BOARD, 1, null, stored("1", "")))
                    .withMessage("The frozen number of item 2 is blank; use null for \"not frozen\"");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.paragraphNumbers("1", BOARD, stored(" ")))
                    .withMessageContaining("paragraph 1 is blank");
        }

        @Test
        void negativeClauseIndexIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.clauseMark(ClauseMarkStyle.LETTER_PAREN, -1))
                    .withMessage("Clause index starts at 0; was -1");
        }

        @Test
        void negativeClauseCountIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.clauseMarks(ClauseMarkStyle.NUMBER_DOT, -1))
                    .withMessageContaining("was -1");
        }

        @Test
        void blankResolutionWordingIsRefused() {
            HouseStyle mute = new HouseStyle(ItemNumbering.PER_MEETING, "{n}", true, " ", ClauseMarkStyle.LETTER_PAREN);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> engine.resolutionPreamble(mute))
                    .withMessage("The house style has no resolution wording");
        }
    }
}
