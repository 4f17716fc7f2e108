package org.minutebook.room;

import com.vaadin.flow.component.html.Div;
import org.minutebook.meeting.Quorum;

/**
 * Whether the meeting is quorate, in words ("Not quorate: 2 present, 3 needed"), announced politely to screen
 * readers when it changes. Not quorate is shown as a warning band, but the words carry the meaning.
 */
class QuorumIndicator extends Div {

    QuorumIndicator() {
        addClassName("quorum");
        getElement().setAttribute("role", "status");
    }

    void show(Quorum quorum) {
        String text;
        if (quorum.required() == null) {
            text = "No quorum set: " + quorum.present() + " present";
        } else if (quorum.quorate()) {
            text = "Quorate: " + quorum.present() + " present, " + quorum.required() + " needed";
        } else {
            text = "Not quorate: " + quorum.present() + " present, " + quorum.required() + " needed";
        }
        setText(text);
        setClassName("not-quorate", !quorum.quorate());
        setClassName("quorate", quorum.quorate());
    }
}
