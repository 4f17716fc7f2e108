package bench.floor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A heading, a counter and 20 paragraphs; each change sets the counter's text in the viewer's own access. */
@Route("floor")
@AnonymousAllowed
public class FloorView extends Main {

    private final FloorChanges changes;
    private final Span counter = new Span("nothing yet");
    private Runnable unsubscribe;

    FloorView(FloorChanges changes) {
        this.changes = changes;
        add(new H1("Floor"), counter);
        for (int i = 1; i <= 20; i++) {
            add(new Paragraph("Paragraph " + i + " of a page that does not change."));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = changes.subscribe(text -> ui.access(() -> counter.setText(text)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}
