package org.minutebook.people;

/** How the clauses of a resolution are marked. */
public enum ClauseMarkStyle {
    /** a) b) c) */
    LETTER_PAREN("a) b) c)"),
    /** (a) (b) (c) */
    LETTER_BOTH("(a) (b) (c)"),
    /** (1) (2) (3) */
    NUMBER_BOTH("(1) (2) (3)"),
    /** 1. 2. 3. */
    NUMBER_DOT("1. 2. 3."),
    /** 1) 2) 3) — how agendas list "The Board is asked to:" recommendations */
    NUMBER_PAREN("1) 2) 3)");

    private final String example;

    ClauseMarkStyle(String example) {
        this.example = example;
    }

    /** The first three marks, as a choice on screen (the numbering engine makes the real ones). */
    public String label() {
        return example;
    }
}
