package org.minutebook.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * What an action serves in the improvement plan: a theme, a recommendation or an outcome, by id. Held by id only,
 * without asking the plan feature, so that the plan's roll-up can later read actions without a cycle.
 */
@Embeddable
public record PlanLink(
        @Enumerated(EnumType.STRING) @Column(name = "element_kind", nullable = false) Kind kind,
        @Column(name = "element_id", nullable = false) Long elementId) {

    public enum Kind {
        THEME, RECOMMENDATION, OUTCOME
    }

    public PlanLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
    }

    public static PlanLink theme(long themeId) {
        return new PlanLink(Kind.THEME, themeId);
    }

    /** A recommendation or an area for improvement. */
    public static PlanLink recommendation(long recommendationId) {
        return new PlanLink(Kind.RECOMMENDATION, recommendationId);
    }

    public static PlanLink outcome(long outcomeId) {
        return new PlanLink(Kind.OUTCOME, outcomeId);
    }
}
