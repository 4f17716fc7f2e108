package org.minutebook.minutes;

import org.minutebook.meeting.PublicExcluded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the resolution excluding the press and public into the item the chair's opening of an exempt item created,
 * in the same transaction, so the item never exists without its resolution.
 */
@Component
class PublicExclusionMinute {

    private final MinutesService minutes;

    PublicExclusionMinute(MinutesService minutes) {
        this.minutes = minutes;
    }

    @EventListener
    void on(PublicExcluded e) {
        minutes.recordExclusion(e.exclusionItemId(), resolution(e.exemptParagraph()));
    }

    /** The standard wording, citing the item's Schedule 12A paragraph where one was given. */
    static String resolution(Integer paragraph) {
        return "RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded "
                + "from the meeting for the following item of business on the grounds that it involves the likely "
                + "disclosure of exempt information as defined in "
                + (paragraph == null ? "" : "paragraph " + paragraph + " of ")
                + "Part 1 of Schedule 12A of the Act.";
    }
}
