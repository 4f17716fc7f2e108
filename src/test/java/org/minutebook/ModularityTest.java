package org.minutebook;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public services and events, and never in a cycle. */
class ModularityTest {

    @Test
    void featuresKeepOutOfEachOthersInternals() {
        ApplicationModules.of(MinutebookApplication.class).verify();
    }
}
