package org.minutebook.minutes;

import java.util.Set;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The restricted Markdown minute paragraphs are written in: plain paragraphs and bullet lists ("- " items,
 * nested by indenting two spaces), with emphasis. No headings, code, quotes or raw HTML: the record's
 * structure (items, numbers, resolutions) belongs to the model, not to the text. Rendered with commonmark-java,
 * which escapes any HTML typed in, so a paragraph can never inject markup into a public page.
 */
public final class MinuteText {

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MinuteText() {
    }

    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(text)).strip();
    }
}
