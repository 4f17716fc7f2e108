package org.minutebook.publication;

import static org.springframework.web.servlet.function.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * "/" is the public portal's home page, but Vaadin also bootstraps every signed-in view with requests to
 * "/?v-r=…". An annotated mapping for "/" would answer those with 400; a router function whose predicate does
 * not match simply steps aside, and the request reaches Vaadin.
 */
@Configuration
class PortalRoutes {

    @Bean
    RouterFunction<ServerResponse> portalHome(PortalController portal) {
        return RouterFunctions.route(GET("/").and(request -> request.param("v-r").isEmpty()), portal::home);
    }
}
