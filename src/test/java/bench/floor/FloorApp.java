package bench.floor;

import com.vaadin.flow.server.VaadinServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The floors the benchmark compares Minutebook with: a bare Vaadin view showing one counter ({@link FloorView})
 * and a bare Server-Sent Events endpoint broadcasting one pre-serialised message ({@link FloorStreams}). Bench
 * sources only: the benchmark starts it from Minutebook's own jar (same Vaadin bundle, same push settings) with
 * these classes added to the class path, so it is never part of the application. Its package lies outside
 * {@code org.minutebook} so that no Minutebook context (the tests' included) scans it.
 */
@SpringBootApplication
public class FloorApp {

    public static void main(String[] args) {
        SpringApplication.run(FloorApp.class, args);
    }

    /**
     * Atmosphere's write pool raised as Minutebook raises it (its {@code LiveConfig}, 2,500 threads; Vaadin's default
     * is 200): the floor the issue sets is Vaadin "with Atmosphere's write pool raised". Set here, not by scanning
     * Minutebook's configuration, which this app must not pick up.
     */
    @Bean
    static BeanPostProcessor raisedWritePool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    registration.addInitParameter(WRITE_THREADS, "2500");
                }
                return bean;
            }
        };
    }

    static final String WRITE_THREADS = "org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads";

    /** Nothing to protect: the floor has no data, and loads reach it from 127.0.0.1 only. */
    @Bean
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
    }
}
