package org.minutebook.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The public streams' keep-alive runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class LiveConfig {
}
