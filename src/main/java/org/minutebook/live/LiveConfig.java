package org.minutebook.live;

import com.vaadin.flow.server.VaadinServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The public streams' keep-alive runs on Spring's scheduler; Vaadin push gets a write pool sized for a room.
 */
@Configuration
@EnableScheduling
class LiveConfig {

    static final String WRITE_THREADS = ApplicationConfig.BROADCASTER_ASYNC_WRITE_THREADPOOL_MAXSIZE;

    /**
     * Atmosphere (Vaadin's push library) writes every push through a pool of 200 threads by default, so with
     * hundreds of participants a change waits in a queue for a thread: measured here, raising the pool to at
     * least the number of participants cut the slowest viewer's wait 3–7× (../shared/BENCH.md). The pool is a
     * {@link PushWritePool}, which starts threads only as writes need them. Flow hands its servlet's init parameters
     * to Atmosphere.
     */
    @Bean
    static BeanPostProcessor pushWritePool(Environment env) {
        String threads = env.getProperty("minutebook.live.push-write-threads", "2500");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    if (!registration.getInitParameters().containsKey(WRITE_THREADS)) {
                        registration.addInitParameter(WRITE_THREADS, threads);
                    }
                    // Whatever size was set, the pool is ours (the installer reads the size from the same parameter).
                    String installer = PushWritePoolInstaller.class.getName();
                    String interceptors = registration.getInitParameters().get(ApplicationConfig.ATMOSPHERE_INTERCEPTORS);
                    if (interceptors == null || !interceptors.contains(installer)) {
                        registration.addInitParameter(ApplicationConfig.ATMOSPHERE_INTERCEPTORS,
                                (interceptors == null ? "" : interceptors + ",") + installer);
                    }
                }
                return bean;
            }
        };
    }
}
