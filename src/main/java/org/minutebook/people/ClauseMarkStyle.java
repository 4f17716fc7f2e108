package org.minutebook.people;

/** How the clauses of a resolution are marked. */
public enum ClauseMarkStyle {
    /** a) b) c) */
    LETTER_PAREN,
    /** (a) (b) (c) */
    LETTER_BOTH,
    /** (1) (2) (3) */
    NUMBER_BOTH,
    /** 1. 2. 3. */
    NUMBER_DOT,
    /** 1) 2) 3) — how agendas list "The Board is asked to:" recommendations */
    NUMBER_PAREN
}
