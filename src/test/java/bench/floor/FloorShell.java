package bench.floor;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Push over WebSocket, as Minutebook's own shell. */
@Push
public class FloorShell implements AppShellConfigurator {
}
