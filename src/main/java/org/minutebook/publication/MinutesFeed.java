package org.minutebook.publication;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.minutebook.minutes.MeetingRecord;

/**
 * An Atom feed (Rome) of minutes as they are published, newest first: one entry per meeting whose minutes the public
 * can read, updated when they change (a draft published, then the approved record). The entry's id is the meeting's,
 * so a reader shows the approved minutes as an update of the draft rather than a second entry.
 */
final class MinutesFeed {

    static final int MAX_ENTRIES = 50;

    /** A meeting's public minutes and when they last changed. */
    record Published(MeetingRecord record, Instant updated) {
    }

    private MinutesFeed() {
    }

    static String of(String title, String selfUrl, String alternateUrl, List<Published> published, String siteUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(selfUrl);
        feed.setLinks(List.of(link("self", selfUrl, "application/atom+xml"), link("alternate", alternateUrl, "text/html")));
        feed.setAuthor("Minutebook");
        List<Published> newest = published.stream()
                .sorted(Comparator.comparing(Published::updated).reversed())
                .limit(MAX_ENTRIES)
                .toList();
        feed.setPublishedDate(Date.from(newest.isEmpty() ? Instant.EPOCH : newest.getFirst().updated()));
        feed.setEntries(newest.stream().map(p -> entry(p, siteUrl)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the minutes feed", e);
        }
    }

    private static SyndEntry entry(Published p, String siteUrl) {
        MeetingRecord r = p.record();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:minutebook:meeting:" + r.meetingId() + ":minutes");
        entry.setTitle((r.draft() ? "Draft minutes: " : "Minutes: ") + r.bodyName() + ", " + DownloadsController.when(r));
        entry.setLink(siteUrl + "/public/meetings/" + r.meetingId());
        entry.setUpdatedDate(Date.from(p.updated()));
        entry.setPublishedDate(Date.from(p.updated()));
        var summary = new SyndContentImpl();
        summary.setType("text");
        // Item headings only: exempt items are in the public record by title alone, and that is all that shows.
        summary.setValue(r.items().stream().map(MeetingRecord.Item::heading).collect(Collectors.joining("; ")));
        entry.setDescription(summary);
        return entry;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
