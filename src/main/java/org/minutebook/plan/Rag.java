package org.minutebook.plan;

/** A plan element's progress, as the dashboard shows it: always with its words, never by colour alone. */
public enum Rag {
    /** Something is late: an open action past its due date, or a milestone missed. */
    RED("Red", "late"),
    /** Nothing late yet, but open work falls due within the next 14 days. */
    AMBER("Amber", "due soon"),
    /** Work is under way and nothing is late or due soon. */
    GREEN("Green", "on track"),
    /** Every linked action is done (or dropped) and every linked milestone achieved. */
    COMPLETE("Complete", "all done"),
    /** No action or milestone is linked yet, so there is nothing to judge. */
    NOT_STARTED("Not started", "nothing linked yet");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** "Red", "Amber" … the text every badge carries. */
    public String label() {
        return label;
    }

    /** A short plain reason ("late", "due soon"), for screen readers and tooltips. */
    public String meaning() {
        return meaning;
    }
}
