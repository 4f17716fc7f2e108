package org.minutebook.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in shell: side navigation built from each view's {@code @Menu}, the user, and sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        var title = new Anchor("/meetings", "Minutebook");
        title.addClassName("app-title");

        var nav = new SideNav();
        nav.setLabel("Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));

        var drawer = new Div(title, nav);
        drawer.addClassName("app-drawer");
        addToDrawer(drawer);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var user = new Div();
        user.addClassName("app-user");
        auth.getPrincipalName().ifPresentOrElse(name -> {
            var signOut = new Button("Sign out", e -> auth.logout());
            user.add(new Span(name), new Anchor("/account", "My account"), signOut);
        }, () -> user.add(new Anchor("/login", "Sign in")));
        var portal = new Anchor("/", "Public site");
        user.addComponentAsFirst(portal);
        addToNavbar(toggle, user);
    }
}
