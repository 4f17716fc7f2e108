package org.minutebook.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.minutebook.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with Vaadin's login view; views are denied unless annotated, and every service checks again.
 * The public portal (plain HTML under / and /public) is open to everyone.
 */
@Configuration
@EnableWebSecurity
// JSR-250 method security stays off: it would wrap every @RolesAllowed *view* in a CGLIB proxy (its fields null,
// its final methods run on the empty proxy). Vaadin reads the views' @RolesAllowed itself; services use @PreAuthorize.
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/public/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
                // The open data API and its OpenAPI description: read-only, public data only.
                .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui.html", "/swagger-ui/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .defaultSuccessUrl("/meetings"));
        http.formLogin(form -> form
                // Tell a throttled user why, instead of the generic "wrong password".
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"))));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: BCrypt today, and stored hashes name their algorithm so they can be upgraded.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
