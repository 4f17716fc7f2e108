package org.minutebook.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A pasted list that was not imported, with every line that stopped it. Nothing of it was saved. */
public class ListRefused extends IllegalArgumentException {

    private final transient List<NumberedList.Problem> problems;

    public ListRefused(List<NumberedList.Problem> problems) {
        super("Nothing was imported. " + problems.stream().map(NumberedList.Problem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<NumberedList.Problem> problems() {
        return problems;
    }
}
