package org.minutebook.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minutebook.security.CurrentViewer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cache headers for the portal's pages, instead of Spring Security's blanket "no-store" (which it writes only when a
 * response has none of its own). What an anonymous visitor reads is the same for every visitor, so browsers and
 * shared caches may store it, but must check with the server before reusing it ("no-cache"): a page kept for a fixed
 * time would show a visitor the "not published yet" page for that long after the clerk publishes, or miss a
 * correction or a meeting going live. A signed-in member may see drafts and exempt items on the same addresses,
 * so their pages are private and never stored. Pages that change by the second (the live page) say so themselves.
 */
@Configuration
class PortalCaching implements WebMvcConfigurer {

    static final String PUBLISHED = "public, no-cache";
    static final String NEVER = "no-store";

    private final CurrentViewer viewer;

    PortalCaching(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    boolean anonymous = viewer.get().role() == null;
                    response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? PUBLISHED : "private, " + NEVER);
                    response.setHeader(HttpHeaders.VARY, "Cookie");
                }
                return true;
            }
        }).addPathPatterns("/", "/public/**").excludePathPatterns("/public/meetings/*/stream");
    }

    /** For a page that must always be fetched afresh, such as a meeting in progress. */
    static void neverStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, NEVER);
    }
}
