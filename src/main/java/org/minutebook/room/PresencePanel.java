package org.minutebook.room;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/** Who is at the meeting (the roll the chair keeps) and who is following it here now. */
class PresencePanel extends Section {

    final NameList present = new NameList("Present");
    final NameList inAttendance = new NameList("In attendance");
    final NameList apologies = new NameList("Apologies");
    final NameList connected = new NameList("Following here now");
    /** The followers' list as last handed in, and as shown (shortened). */
    private List<String> connectedFrom;
    private List<String> connectedShort;

    PresencePanel() {
        addClassNames("live-panel", "live-presence");
        var heading = new H2("Who is here");
        heading.setId("live-presence-heading");
        getElement().setAttribute("aria-labelledby", "live-presence-heading");
        add(heading, present, inAttendance, apologies, connected);
    }

    void show(List<String> presentNames, List<String> inAttendanceNames, List<String> apologyNames,
              List<String> connectedNames) {
        present.show(presentNames, "Nobody has been marked present yet.");
        inAttendance.show(inAttendanceNames, null);
        apologies.show(apologyNames, null);
        if (connectedNames != connectedFrom) {
            // The channel hands every view the same list until someone joins or leaves: shortened once per change of
            // it, not on every update (formatting the count cost each of hundreds of viewers a number formatter).
            connectedFrom = connectedNames;
            connectedShort = shortList(connectedNames);
        }
        connected.show(connectedShort, "Nobody else is following here.");
    }

    /** Names shown of those following; beyond these, a count (a webcast room can have thousands). */
    static final int FOLLOWERS_NAMED = 40;

    /**
     * The followers' names up to {@link #FOLLOWERS_NAMED}, then how many more. Every view holds and is sent what
     * it lists, so listing everyone would cost each of N viewers N entries — N² in all, on every join.
     */
    static List<String> shortList(List<String> names) {
        if (names.size() <= FOLLOWERS_NAMED) {
            return names;
        }
        var shown = new ArrayList<>(names.subList(0, FOLLOWERS_NAMED));
        shown.add("and " + String.format(java.util.Locale.UK, "%,d", names.size() - FOLLOWERS_NAMED) + " more");
        return shown;
    }

    /** A titled list of names, rebuilt only when the names change. */
    static class NameList extends Section {

        final UnorderedList list = new UnorderedList();
        final Paragraph none = new Paragraph();
        private List<String> shown;
        private List<String> given;

        NameList(String title) {
            addClassName("name-list");
            add(new H3(title), none, list);
        }

        void show(List<String> names, String whenEmpty) {
            // The same (unmodifiable) list as last time, as on most updates: nothing to compare.
            if (names == given || names.equals(shown)) {
                given = names;
                return;
            }
            given = names;
            shown = new ArrayList<>(names);
            setVisible(!names.isEmpty() || whenEmpty != null);
            none.setText(whenEmpty == null ? "" : whenEmpty);
            none.setVisible(names.isEmpty());
            list.removeAll();
            names.forEach(n -> list.add(new ListItem(n)));
            list.setVisible(!names.isEmpty());
        }

        List<String> names() {
            return shown == null ? List.of() : shown;
        }
    }
}
