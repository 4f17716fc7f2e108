package org.minutebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for members, officers, clerks and administrators. The public never needs it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in — Minutebook")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Sign in");
        form.setI18n(i18n);

        var title = new H1("Minutebook");
        var lead = new Paragraph("Sign in to run meetings, record minutes and follow actions.");
        var portal = new Anchor("/", "Read published agendas and minutes without signing in");
        add(title, lead, form, portal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("locked")) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("This account must wait before trying again. Wait a minute, then check your username and password.");
            form.setI18n(i18n);
            form.setError(true);
        } else if (params.containsKey("error")) {
            i18n.getErrorMessage().setTitle("Wrong username or password");
            i18n.getErrorMessage().setMessage("Check your username and password and try again.");
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
