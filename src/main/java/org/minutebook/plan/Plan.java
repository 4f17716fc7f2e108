package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minutebook.shared.AuditedEntity;

/**
 * An improvement plan a body monitors. Where a record only counts recommendations or outcomes (seed 003:
 * "14 recommendations … 8 high level outcomes") the plan holds the count and no invented text.
 */
@Entity
@Table(name = "plan")
public class Plan extends AuditedEntity {

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @NotBlank(message = "Enter the plan's title")
    @Size(max = 300, message = "Keep the title under 300 characters")
    private String title;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "declared_recommendations")
    private Integer declaredRecommendations;

    @Column(name = "declared_outcomes")
    private Integer declaredOutcomes;

    protected Plan() {
    }

    public Plan(Long bodyId, String title) {
        this.bodyId = bodyId;
        this.title = title;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriod(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
    }

    public Integer getDeclaredRecommendations() {
        return declaredRecommendations;
    }

    public Integer getDeclaredOutcomes() {
        return declaredOutcomes;
    }

    public void setDeclaredCounts(Integer recommendations, Integer outcomes) {
        this.declaredRecommendations = recommendations;
        this.declaredOutcomes = outcomes;
    }
}
