package org.minutebook.publication;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A visitor who follows a stale or mistyped link gets a friendly "not found" page in the portal's layout,
 * never a stack trace. Limited to the portal's controllers so other features keep their own handling.
 */
@ControllerAdvice(assignableTypes = {PortalController.class, MeetingPageController.class, PortalErrors.PortalFallback.class,
        PaperController.class, CalendarController.class, DecisionsController.class, SearchController.class})
class PortalErrors {

    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView notFound() {
        return new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
    }

    /**
     * Any other address under /public: without this, Spring would hand it to Vaadin's catch-all servlet,
     * which would answer with its own page and start a session for an anonymous visitor.
     */
    @Controller
    static class PortalFallback {

        @GetMapping("/public/**")
        ModelAndView unknown() {
            return new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
        }
    }
}
