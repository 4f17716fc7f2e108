package org.minutebook.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, for tests that guard against N+1 queries. Installed for the test
 * profile (application-test.properties), it costs nothing while no test counts. Counts what the calling thread runs
 * ({@link #onThisThread}), or — for a request served on a server thread — what every thread runs
 * ({@link #onAnyThread}), which a test must only use while nothing else is happening.
 */
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<List<String>> thisThread = new ThreadLocal<>();
    private static final AtomicBoolean anyThread = new AtomicBoolean();
    private static final List<String> everywhere = new ArrayList<>();

    /** The statements one piece of work ran, with what it returned. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> mine = thisThread.get();
        if (mine != null) {
            mine.add(sql);
        }
        if (anyThread.get()) {
            synchronized (everywhere) {
                everywhere.add(sql);
            }
        }
        return sql;
    }

    public static <T> Counted<T> onThisThread(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        thisThread.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            thisThread.remove();
        }
    }

    public static <T> Counted<T> onAnyThread(Supplier<T> work) {
        synchronized (everywhere) {
            everywhere.clear();
        }
        anyThread.set(true);
        try {
            T result = work.get();
            synchronized (everywhere) {
                return new Counted<>(result, List.copyOf(everywhere));
            }
        } finally {
            anyThread.set(false);
        }
    }
}
