package org.minutebook.minutes;

public record ParagraphDeleted(long meetingId, long itemId, long paragraphId) {
}
