package org.minutebook.numbering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of one item and its paragraphs, in agenda and paragraph order.
 *
 * <p>Used both ways round: as input it carries what is stored (the frozen numbers, {@code null} where nothing is
 * frozen yet); as output it carries what to show, or what to store at approval ({@code null} where the house
 * style gives no number).
 *
 * @param number           the item's number ("14", "233", "1/25"), or {@code null}
 * @param paragraphNumbers one entry per paragraph ("14.1"), each possibly {@code null}
 */
public record ItemNumber(String number, List<String> paragraphNumbers) {

    public ItemNumber {
        Objects.requireNonNull(paragraphNumbers, "paragraphNumbers");
        // List.copyOf rejects nulls, and null is a meaningful entry here
        paragraphNumbers = Collections.unmodifiableList(new ArrayList<>(paragraphNumbers));
    }

    /** An item with nothing frozen yet: no item number and {@code paragraphCount} paragraphs without numbers. */
    public static ItemNumber unfrozen(int paragraphCount) {
        if (paragraphCount < 0) {
            throw new IllegalArgumentException("paragraphCount must be 0 or more, was " + paragraphCount);
        }
        return new ItemNumber(null, Collections.nCopies(paragraphCount, null));
    }
}
