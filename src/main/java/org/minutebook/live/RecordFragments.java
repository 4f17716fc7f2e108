package org.minutebook.live;

import java.util.Map;
import java.util.Set;
import org.minutebook.minutes.MeetingRecord;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the record's Thymeleaf fragments to HTML strings: the same templates as the published minutes. */
@Component
class RecordFragments {

    private final ITemplateEngine templates;

    RecordFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    String item(MeetingRecord.Item item) {
        return templates.process("record/item", Set.of("item"), new Context(java.util.Locale.UK, Map.of("item", item))).strip();
    }

    /** The item's paragraphs from {@code keep} on, for a page that has the first {@code keep} already. */
    String paragraphs(long itemId, int keep, java.util.List<MeetingRecord.Paragraph> paragraphs) {
        return templates.process("live/record", Set.of("paragraphs"), new Context(java.util.Locale.UK,
                Map.of("itemId", itemId, "keep", keep, "paragraphs", paragraphs))).strip();
    }

    String record(MeetingRecord record) {
        return templates.process("live/record", Set.of("record"), new Context(java.util.Locale.UK, Map.of("record", record))).strip();
    }
}
