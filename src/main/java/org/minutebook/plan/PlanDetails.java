package org.minutebook.plan;

import java.util.List;

/**
 * A plan with all its parts, read in one go for a page or a report.
 *
 * @param plan            the plan, with any counts a record declares without listing ({@link Plan#getDeclaredRecommendations})
 * @param themes          in the plan's order
 * @param recommendations recommendations and areas for improvement, by kind then number
 * @param outcomes        by number
 * @param milestones      by due date (the latest day the record's words allow), undated last
 * @param measures        in the order added, each with its dated values
 */
public record PlanDetails(Plan plan, List<Theme> themes, List<Recommendation> recommendations, List<Outcome> outcomes,
                          List<Milestone> milestones, List<Measure> measures) {

    public PlanDetails {
        themes = List.copyOf(themes);
        recommendations = List.copyOf(recommendations);
        outcomes = List.copyOf(outcomes);
        milestones = List.copyOf(milestones);
        measures = List.copyOf(measures);
    }

    /** The recommendations of one kind, by number. */
    public List<Recommendation> recommendations(Recommendation.Kind kind) {
        return recommendations.stream().filter(r -> r.getKind() == kind).toList();
    }
}
