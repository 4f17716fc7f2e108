package org.minutebook.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.actions.PlanLink;
import org.minutebook.plan.Outcome;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;

/**
 * The plan elements an action of the body can serve, labelled as a clerk searches for them ("Theme: Effective
 * Partnerships", "Area 12: The active engagement…"), read once when the console opens.
 */
final class PlanChoices {

    /** One element of a plan an action can be linked to. */
    record Choice(String label, PlanLink link) {
    }

    private static final int MAX_TEXT = 80;

    private final Map<PlanLink, Choice> byLink = new LinkedHashMap<>();

    private PlanChoices() {
    }

    static PlanChoices of(PlanService plans, long bodyId) {
        var choices = new PlanChoices();
        List<Plan> list = plans.plansOf(bodyId);
        for (Plan plan : list) {
            PlanDetails d = plans.plan(plan.getId());
            // Only where a body monitors more than one plan does the label need to say which.
            String suffix = list.size() > 1 ? " (" + plan.getTitle() + ")" : "";
            for (Theme t : d.themes()) {
                choices.put("Theme: " + t.getTitle() + suffix, PlanLink.theme(t.getId()));
            }
            for (Recommendation r : d.recommendations()) {
                String kind = r.getKind() == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area " : "Recommendation ";
                choices.put(kind + r.getNumber() + text(r.getText()) + suffix, PlanLink.recommendation(r.getId()));
            }
            for (Outcome o : d.outcomes()) {
                choices.put("Outcome " + o.getNumber() + text(o.getText()) + suffix, PlanLink.outcome(o.getId()));
            }
        }
        return choices;
    }

    List<Choice> all() {
        return new ArrayList<>(byLink.values());
    }

    String label(PlanLink link) {
        Choice c = byLink.get(link);
        return c == null ? "a plan element no longer listed" : c.label();
    }

    private void put(String label, PlanLink link) {
        byLink.put(link, new Choice(label, link));
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip();
        return ": " + (t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT).strip() + "…");
    }
}
