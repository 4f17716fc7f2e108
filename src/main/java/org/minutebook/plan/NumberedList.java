package org.minutebook.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered list pasted from a report ("1. …", "2) …", "(3) …"), read into items. Lines that do not start with a
 * number continue the item above (reports wrap long items); blank lines are ignored. The numbers must run on by one
 * from the first, so a lost or doubled line shows instead of shifting every later item. Pure: no database.
 */
public final class NumberedList {

    /** One numbered item, its wrapped lines joined with single spaces. */
    public record Item(int number, String text, int line) {
    }

    /** A line the list cannot take, by its 1-based line number in the pasted text. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + message;
        }
    }

    /** The items, or the problems; a list with any problem is not imported at all. */
    public record Result(List<Item> items, List<Problem> problems) {
        public Result {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && !items.isEmpty();
        }
    }

    // "1." "1)" "(1)"; "1." must not be followed by a digit, so "1.1 …" (a paragraph number) is not an item,
    // while "10.Staff …" (seed 001 prints it without a space) is.
    private static final Pattern MARK = Pattern.compile("^\\s*(?:\\((\\d{1,3})\\)|(\\d{1,3})[.)](?!\\d))\\s*(.*)$");

    private NumberedList() {
    }

    public static Result parse(String pasted) {
        List<Problem> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        if (pasted == null || pasted.isBlank()) {
            problems.add(new Problem(1, "Paste a numbered list, one item starting \"1.\", the next \"2.\" and so on"));
            return new Result(items, problems);
        }
        String[] lines = pasted.split("\\R", -1);
        Integer number = null;
        int startLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = MARK.matcher(line);
            if (m.matches()) {
                if (number != null) {
                    finish(items, problems, number, text, startLine);
                }
                int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (n < 1) {
                    problems.add(new Problem(lineNo, "numbers start at 1"));
                } else if (!items.isEmpty() || number != null) {
                    int expected = (number != null ? number : items.getLast().number()) + 1;
                    if (n != expected) {
                        problems.add(new Problem(lineNo, n < expected
                                ? "number " + n + " comes again or out of order; expected " + expected
                                : "number " + n + " skips " + (expected == n - 1 ? expected : expected + "–" + (n - 1))
                                        + "; is a line missing?"));
                    }
                }
                number = n;
                startLine = lineNo;
                text.setLength(0);
                text.append(m.group(3).strip());
            } else if (number == null) {
                problems.add(new Problem(lineNo, "does not start with a number such as \"1.\", \"1)\" or \"(1)\""));
            } else {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(line);
            }
        }
        if (number != null) {
            finish(items, problems, number, text, startLine);
        }
        return new Result(items, problems);
    }

    private static void finish(List<Item> items, List<Problem> problems, int number, StringBuilder text, int line) {
        String joined = text.toString().replaceAll("\\s+", " ").strip();
        if (joined.isEmpty()) {
            problems.add(new Problem(line, "item " + number + " has no text"));
        }
        items.add(new Item(number, joined, line));
    }
}
