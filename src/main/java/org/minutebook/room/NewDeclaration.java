package org.minutebook.room;

import org.minutebook.meeting.DeclarationOfInterest;

/** The declaration form's bean: who declares, on which item (none: the whole meeting), what kind, and what. */
class NewDeclaration {

    private Long personId;
    private Long itemId;
    private DeclarationOfInterest.Kind kind;
    private String text;

    Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    Long getItemId() {
        return itemId;
    }

    void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    DeclarationOfInterest.Kind getKind() {
        return kind;
    }

    void setKind(DeclarationOfInterest.Kind kind) {
        this.kind = kind;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
