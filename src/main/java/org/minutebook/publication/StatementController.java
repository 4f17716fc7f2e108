package org.minutebook.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages a UK public body's website must have: the accessibility statement (in the GOV.UK model format) and the
 * privacy notice. Who runs the site and how to reach them come from the configuration, since each council
 * deploying Minutebook is its own data controller.
 */
@Controller
class StatementController {

    private final String organisation;
    private final String email;
    private final String address;

    StatementController(@Value("${minutebook.portal.organisation:the council}") String organisation,
                        @Value("${minutebook.portal.contact-email:democratic.services@example.gov.uk}") String email,
                        @Value("${minutebook.portal.contact-address:Democratic Services, County Hall}") String address) {
        this.organisation = organisation;
        this.email = email;
        this.address = address;
    }

    @GetMapping("/public/accessibility")
    String accessibility(Model model) {
        contact(model);
        return "public/accessibility";
    }

    @GetMapping("/public/privacy")
    String privacy(Model model) {
        contact(model);
        return "public/privacy";
    }

    private void contact(Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("email", email);
        model.addAttribute("address", address);
    }
}
