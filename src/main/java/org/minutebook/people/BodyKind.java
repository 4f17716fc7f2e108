package org.minutebook.people;

public enum BodyKind {
    BOARD("Board"), COMMITTEE("Committee"), SUB_COMMITTEE("Sub-committee"), PANEL("Panel");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
