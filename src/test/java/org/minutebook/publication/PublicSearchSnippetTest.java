package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The H2 fallback's words and snippets, and the escaping every snippet goes through before it reaches a page. */
class PublicSearchSnippetTest {

    @Test
    void aSnippetIsEscapedAndOnlyTheWordsFoundAreMarked() {
        String text = "- A member asked about <script>alert(1)</script> & the Healthwatch report; healthwatch agreed.";
        String html = PublicSearch.marked(PublicSearch.snippet(text, PublicSearch.words("Healthwatch")));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; the <mark>Healthwatch</mark> report; "
                + "<mark>healthwatch</mark> agreed.");
        assertThat(html).doesNotContain("<script>").startsWith("A member");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchAtWordBoundaries() {
        String text = "word ".repeat(60) + "Healthwatch would provide engagement support " + "tail ".repeat(60);
        String snippet = PublicSearch.snippet(text, List.of("healthwatch"));
        assertThat(snippet).startsWith("… word").endsWith("tail …").contains("\u27E6Healthwatch\u27E7 would provide");
        assertThat(snippet.length()).isLessThan(300);
    }

    @Test
    void queryWordsAreLowerCasedOnceEachWithoutPunctuation() {
        assertThat(PublicSearch.words("Children's  SERVICES, services; 14.3")).containsExactly("children's", "services", "14", "3");
    }
}
