package org.minutebook.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Push over WebSocket (long-polling fallback) for every signed-in view; Lumo plus the civic stylesheet. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("css/minutebook.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("Minutebook");
    }
}
