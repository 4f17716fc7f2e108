package org.minutebook.meeting;

/**
 * The chair opened an exempt item for the first time, and the item "Exclusion of the press and public" was put
 * before it. Published inside the transaction: the minutes record the resolution in that item in the same
 * transaction (the meeting module does not know the minutes).
 *
 * @param exclusionItemId the new public item that holds the resolution
 * @param exemptItemId the exempt item the public are excluded for
 * @param exemptParagraph its Schedule 12A paragraph, or null where none was given
 */
public record PublicExcluded(long meetingId, long exclusionItemId, long exemptItemId, Integer exemptParagraph) {
}
