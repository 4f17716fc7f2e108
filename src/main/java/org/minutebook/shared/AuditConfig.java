package org.minutebook.shared;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills created/updated by and at on every audited row from the signed-in user ("system" at start-up). */
@Configuration
@EnableJpaAuditing(dateTimeProviderRef = "auditClock")
class AuditConfig {

    @Bean
    AuditorAware<String> auditor() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return Optional.of(auth == null || !auth.isAuthenticated() ? "system" : auth.getName());
        };
    }

    @Bean
    org.springframework.data.auditing.DateTimeProvider auditClock(java.time.Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
