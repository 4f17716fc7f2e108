package org.minutebook.minutes;

/** A paragraph or resolution was added or changed (published inside the transaction, seen after commit). */
public record ParagraphSaved(long meetingId, long itemId, long paragraphId) {
}
