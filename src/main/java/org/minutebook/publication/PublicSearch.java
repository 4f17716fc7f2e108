package org.minutebook.publication;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds text in agendas, minutes and resolutions through the {@code search_text} view (V41). On PostgreSQL: full-text
 * search with English stemming ({@code websearch_to_tsquery}, so "quoted phrases" and -words work), ranked by
 * {@code ts_rank}, snippets from {@code ts_headline}, served by the GIN indexes of db/postgresql/V42. On H2 (the
 * demo's embedded database) a plain case-insensitive match of every word, newest first. The database is asked once
 * what it is.
 *
 * <p>Rows are pre-filtered to what the public may see (published agenda; published or live minutes; no exempt item);
 * {@link SearchController} then keeps only hits present in the meeting's public record.
 */
@Component
class PublicSearch {

    static final int LIMIT = 60;
    // Markers no minute uses, put around matches before escaping, then turned into <mark>.
    private static final String START = "\u27E6";
    private static final String STOP = "\u27E7";

    /** A raw hit: where the text is and its snippet, already HTML-escaped with the matches in {@code <mark>}. */
    record Hit(String kind, long meetingId, long itemId, Long paragraphId, double rank, String snippetHtml) {
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    PublicSearch(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    boolean fullText() {
        if (postgres == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                        md -> md.getDatabaseProductName());
                postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
            } catch (Exception e) {
                postgres = false;
            }
        }
        return postgres;
    }

    List<Hit> find(String query, PublicFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = visibleTo(filter, args);
        return fullText() ? fullText(query, where, args) : simple(query, where, args);
    }

    // What the public may see, and the filters. Checked again against the record, so this may only narrow.
    private static String visibleTo(PublicFilter filter, List<Object> args) {
        var sb = new StringBuilder(" and s.exempt = false and ((s.kind in ('ITEM', 'SUMMARY', 'RECOMMENDATION') and "
                + "s.agenda_status = 'PUBLISHED') or (s.kind in ('PARAGRAPH', 'RESOLUTION') and "
                + "(s.minutes_status in ('PUBLISHED', 'DRAFT_PUBLISHED') or s.meeting_status = 'LIVE')))");
        if (filter.bodyId() != null) {
            sb.append(" and s.body_id = ?");
            args.add(filter.bodyId());
        }
        if (filter.from() != null) {
            sb.append(" and s.starts_at >= ?");
            args.add(Timestamp.from(filter.fromInstant()));
        }
        if (filter.to() != null) {
            sb.append(" and s.starts_at < ?");
            args.add(Timestamp.from(filter.toInstant()));
        }
        return sb.toString();
    }

    private List<Hit> fullText(String query, String where, List<Object> filterArgs) {
        // The condition names the query function itself (not a joined "q"), so PostgreSQL pushes it into each branch
        // of the view and its GIN index. Rank and cut first; ts_headline (the costly part) runs only on the rows kept.
        String tsquery = "websearch_to_tsquery('english', ?)";
        String sql = "select kind, meeting_id, item_id, paragraph_id, rank, "
                + "ts_headline('english', text, " + tsquery + ", 'StartSel=" + START + ", StopSel=" + STOP
                + ", MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=\" … \"') as snippet "
                + "from (select s.kind, s.meeting_id, s.item_id, s.paragraph_id, s.text, s.starts_at, "
                + "ts_rank(to_tsvector('english', s.text), " + tsquery + ") as rank "
                + "from search_text s where to_tsvector('english', s.text) @@ " + tsquery + where
                + " order by rank desc, s.starts_at desc nulls last limit " + LIMIT + ") hits order by rank desc, starts_at desc nulls last";
        List<Object> args = new ArrayList<>();
        args.add(query); // ts_headline
        args.add(query); // ts_rank
        args.add(query); // the condition
        args.addAll(filterArgs);
        return jdbc.query(sql, (rs, n) -> new Hit(rs.getString("kind"), rs.getLong("meeting_id"), rs.getLong("item_id"),
                (Long) rs.getObject("paragraph_id", Long.class), rs.getDouble("rank"), marked(rs.getString("snippet"))), args.toArray());
    }

    private List<Hit> simple(String query, String where, List<Object> filterArgs) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        var sb = new StringBuilder("select s.kind, s.meeting_id, s.item_id, s.paragraph_id, s.text from search_text s where 1 = 1");
        List<Object> args = new ArrayList<>();
        for (String w : words) {
            sb.append(" and lower(s.text) like ? escape '\\'");
            args.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sb.append(where).append(" order by s.starts_at desc nulls last limit ").append(LIMIT);
        args.addAll(filterArgs);
        return jdbc.query(sb.toString(), (rs, n) -> new Hit(rs.getString("kind"), rs.getLong("meeting_id"),
                rs.getLong("item_id"), (Long) rs.getObject("paragraph_id", Long.class), 0,
                marked(snippet(rs.getString("text"), words))), args.toArray());
    }

    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isBlank() && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    // About 30 words around the first match, with every word found marked.
    static String snippet(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, first - 100);
        int end = Math.min(text.length(), first + 160);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String cut = (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
        Pattern any = Pattern.compile(String.join("|", words.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = any.matcher(cut);
        return m.replaceAll(r -> Matcher.quoteReplacement(START + r.group() + STOP));
    }

    // Escapes the text for HTML, then turns the match markers into <mark>: the only markup a snippet carries.
    static String marked(String snippet) {
        String plain = snippet == null ? "" : snippet.replaceAll("(?m)^\\s*[-*]\\s+", "").replaceAll("\\s+", " ").strip();
        return HtmlUtils.htmlEscape(plain, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** Groups hits by meeting, keeping their order, for the check against each meeting's public record. */
    static Map<Long, List<Hit>> byMeeting(List<Hit> hits) {
        Map<Long, List<Hit>> out = new LinkedHashMap<>();
        hits.forEach(h -> out.computeIfAbsent(h.meetingId(), k -> new ArrayList<>()).add(h));
        return out;
    }
}
