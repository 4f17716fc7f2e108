package org.minutebook.people;

/**
 * A service refusing one value the user typed, naming the field it belongs to so a form can put the
 * message beside that field. Still an {@link IllegalArgumentException}, so callers that only show the
 * message keep working.
 */
public class InvalidField extends IllegalArgumentException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form bean's property name, e.g. {@code "username"}. */
    public String field() {
        return field;
    }
}
