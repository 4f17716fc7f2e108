package org.minutebook.people;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever an account, a person or a membership is written, so that whoever keeps a
 * viewer's rights for the length of a request can tell they may have changed meanwhile and read them again.
 */
public class AccessVersion {

    private static final AtomicLong VERSION = new AtomicLong();

    public static long current() {
        return VERSION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        VERSION.incrementAndGet();
    }
}
