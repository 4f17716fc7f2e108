package org.minutebook.publication;

import java.util.Arrays;
import java.util.List;

/**
 * A paper as the agenda pack typesets it after the agenda: the item it belongs to, its title and author, and its
 * text cut into paragraphs at blank lines (line breaks inside a paragraph are where the source wrapped, not breaks).
 */
record PrintedPaper(String itemHeading, String title, String author, List<String> paragraphs) {

    static PrintedPaper of(String itemHeading, String title, String author, String text) {
        List<String> paragraphs = text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R"))
                .map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty())
                .toList();
        return new PrintedPaper(itemHeading, title, author, paragraphs);
    }
}
