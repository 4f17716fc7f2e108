package org.minutebook.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an action serves in the improvement plan: a theme, a recommendation or an outcome, by id. */
@Embeddable
public record PlanLink(
        @Enumerated(EnumType.STRING) @Column(name = "element_kind", nullable = false) Kind kind,
        @Column(name = "element_id", nullable = false) Long elementId) {

    public enum Kind {
        THEME, RECOMMENDATION, OUTCOME
    }
}
