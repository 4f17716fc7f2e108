package org.minutebook.minutes;

/** A minute paragraph is discussion, or a resolution (a numbered paragraph of its own, as in the seeds). */
public enum ParagraphKind {
    PARAGRAPH, RESOLUTION
}
