package org.minutebook.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.minutebook.people.HouseStyle;

/**
 * The record's paragraphs as last built, kept while what they are built from is unchanged. A live meeting rebuilds
 * its record on every change, and an item can hold hundreds of paragraphs: reusing the built ones skips rendering
 * their Markdown again, and lets every open view see at a glance (the same instance) which paragraphs are unchanged.
 * Whether a paragraph is unchanged is judged from its fields, not from a version counter, so nothing can go stale.
 */
final class BuiltParagraphs {

    /** Everything a built paragraph depends on. */
    record Source(String number, ParagraphKind kind, String text, String preamble, List<String> clauses,
                  ResolutionOutcome outcome, Integer votesFor, Integer votesAgainst, Integer abstentions,
                  Boolean castingVoteFor, HouseStyle style) {

        static Source of(MinuteParagraph p, String number, HouseStyle style) {
            return new Source(number, p.getKind(), p.getText(), p.getPreamble(), new ArrayList<>(p.getClauses()),
                    p.getOutcome(), p.getVotesFor(), p.getVotesAgainst(), p.getAbstentions(), p.getCastingVoteFor(),
                    style);
        }
    }

    private record Built(Source source, MeetingRecord.Paragraph paragraph) {
    }

    private final Map<Long, Built> built;

    /** Holds at most {@code capacity} paragraphs, the least recently used going first. */
    BuiltParagraphs(int capacity) {
        this.built = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Built> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The paragraph built from {@code source}: the one built before if its source is the same, else a new one. */
    MeetingRecord.Paragraph get(long id, Source source, Supplier<MeetingRecord.Paragraph> build) {
        synchronized (built) {
            Built b = built.get(id);
            if (b != null && b.source().equals(source)) {
                return b.paragraph();
            }
        }
        MeetingRecord.Paragraph p = build.get();
        synchronized (built) {
            built.put(id, new Built(source, p));
        }
        return p;
    }
}
