package org.minutebook.live;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.minutebook.actions.ActionRecorded;
import org.minutebook.meeting.MeetingChanged;
import org.minutebook.minutes.ParagraphDeleted;
import org.minutebook.minutes.ParagraphSaved;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries changes between app nodes that share one PostgreSQL database, through LISTEN/NOTIFY (no broker).
 * <p>
 * Sending: inside the transaction that makes a change, a NOTIFY names it ({@code node:meeting:item:kind}, a few
 * bytes). PostgreSQL delivers it to the listening nodes only when, and only if, that transaction commits — so no
 * node hears of a change it cannot yet read, and a rolled-back change is never announced.
 * <p>
 * Receiving: each node listens on a connection of its own (not one of the pool's), skips its own notifications
 * (its {@link LiveRelay} already has them) and hands the others to {@link LiveRelay}, which from there treats them
 * exactly as local changes: coalesced, read once on this node, pushed to its views and public streams. After a lost
 * connection it reconnects with growing pauses and refreshes every meeting followed here, since notifications
 * sent meanwhile are gone. On H2 (the single-node run command) it does nothing.
 */
@Component
class NodeRelay implements SmartLifecycle {

    static final String CHANNEL = "minutebook_live";

    private static final Logger log = LoggerFactory.getLogger(NodeRelay.class);
    private static final long CHECK_EVERY_MILLIS = 15_000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final LiveRelay relay;
    private final MeetingChannel channel;
    private final PublicStreams streams;
    private final DataSourceProperties database;
    private final boolean active;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();

    @PersistenceContext
    private EntityManager entities;

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;
    private volatile int backend;

    NodeRelay(LiveRelay relay, MeetingChannel channel, PublicStreams streams, DataSource dataSource,
              DataSourceProperties database, @Value("${minutebook.live.node-relay:true}") boolean enabled) {
        this.relay = relay;
        this.channel = channel;
        this.streams = streams;
        this.database = database;
        this.active = enabled && isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- sending, inside the changing transaction

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ParagraphSaved e) {
        announce(e.meetingId(), e.itemId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ParagraphDeleted e) {
        announce(e.meetingId(), e.itemId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ActionRecorded e) {
        announce(e.meetingId(), e.itemId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MeetingChanged e) {
        announce(e.meetingId(), e.itemId(), true);
    }

    private void announce(long meetingId, Long itemId, boolean meetingLevel) {
        if (!active) {
            return;
        }
        // Through the transaction's own connection: PostgreSQL holds the notification back until the commit.
        entities.createNativeQuery("select 1 from pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, Change.of(node, meetingId, itemId, meetingLevel).payload())
                .getSingleResult();
    }

    /** What a notification says: which node, which meeting, which item (if any), and whether the meeting itself changed. */
    record Change(String node, long meetingId, Long itemId, boolean meetingLevel) {

        static Change of(String node, long meetingId, Long itemId, boolean meetingLevel) {
            return new Change(node, meetingId, itemId, meetingLevel);
        }

        String payload() {
            return node + ":" + meetingId + ":" + (itemId == null ? "" : itemId) + ":" + (meetingLevel ? "M" : "I");
        }

        static Change parse(String payload) {
            String[] p = payload.split(":", -1);
            if (p.length != 4) {
                throw new IllegalArgumentException("Not a live change: " + payload);
            }
            return new Change(p[0], Long.parseLong(p[1]), p[2].isEmpty() ? null : Long.valueOf(p[2]), "M".equals(p[3]));
        }
    }

    // ---------------------------------------------------------------- receiving, on a connection of its own

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(database.determineUrl(), database.determineUsername(),
                    database.determinePassword())) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (connects.incrementAndGet() > 1) {
                    log.info("Listening for other nodes' changes again");
                    catchUp();
                }
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                backend = pg.getBackendPID();
                long checked = System.currentTimeMillis();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            receive(n.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() - checked > CHECK_EVERY_MILLIS) {
                        // A half-open connection delivers nothing and raises nothing: ask it something now and then.
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1");
                        }
                        checked = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Not listening for other nodes' changes ({}); trying again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } finally {
                connection = null;
                backend = 0;
            }
        }
    }

    private void receive(String payload) {
        try {
            Change change = Change.parse(payload);
            if (node.equals(change.node())) {
                return;
            }
            received.incrementAndGet();
            relay.changedElsewhere(change.meetingId(), change.itemId(), change.meetingLevel());
        } catch (RuntimeException e) {
            log.warn("Ignored a notification on {}: {}", CHANNEL, payload, e);
        }
    }

    /** Changes announced while we were not listening are lost: refresh every meeting someone follows here. */
    private void catchUp() {
        Set<Long> meetings = new HashSet<>(channel.followed());
        meetings.addAll(streams.followed());
        meetings.forEach(id -> relay.changedElsewhere(id, null, true));
    }

    /** This node's name in notifications. */
    String node() {
        return node;
    }

    /** How many other nodes' changes this node has taken in. */
    long received() {
        return received.get();
    }

    /** The listening connection's server process, for a test that cuts it; 0 when not connected. */
    int listenerBackend() {
        return backend;
    }

    boolean isActive() {
        return active;
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void start() {
        if (!active || running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::listen, "live-node-listener");
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = listener;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
