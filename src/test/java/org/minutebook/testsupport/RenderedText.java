package org.minutebook.testsupport;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What a reader of a view sees, for browserless tests: minute paragraphs reach the browser as HTML set on one
 * element each (innerHTML), not as text children, so a view's text is its text nodes plus that HTML's text.
 */
public final class RenderedText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("<span class=\"para-number\">([^<]*)</span>");

    private RenderedText() {
    }

    /** The text under {@code root} in document order, paragraphs' HTML included (tags become spaces). */
    public static String of(Element root) {
        var out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    /** Every piece of HTML set as innerHTML under {@code root}, in document order. */
    public static List<String> html(Element root) {
        List<String> out = new ArrayList<>();
        root.getChildren().forEach(c -> html(c, out));
        if (root.hasProperty("innerHTML")) {
            out.addFirst(root.getProperty("innerHTML"));
        }
        return out;
    }

    /** The numbers of the minute paragraphs shown under {@code root}, in order ("14.1", "14.2" …). */
    public static List<String> paragraphNumbers(Element root) {
        List<String> out = new ArrayList<>();
        for (String html : html(root)) {
            Matcher m = NUMBER.matcher(html);
            while (m.find()) {
                out.add(HtmlUtils.htmlUnescape(m.group(1)));
            }
        }
        return out;
    }

    private static void html(Element e, List<String> out) {
        if (e.hasProperty("innerHTML")) {
            out.add(e.getProperty("innerHTML"));
        }
        e.getChildren().forEach(c -> html(c, out));
    }

    private static void collect(Element e, StringBuilder out) {
        if (e.isTextNode()) {
            out.append(e.getText());
            return;
        }
        if (e.hasProperty("innerHTML")) {
            out.append(' ').append(HtmlUtils.htmlUnescape(TAG.matcher(e.getProperty("innerHTML")).replaceAll(" "))).append(' ');
        }
        e.getChildren().forEach(c -> collect(c, out));
    }
}
