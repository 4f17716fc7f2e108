package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minutebook.shared.AuditedEntity;

/**
 * A dated step of the plan (seed 004's statutory direction, submission, commissioner's report, monitoring
 * visits, re-inspection). Records often give only a month or a season: {@code dueText} keeps their words,
 * {@code dueDate} the latest day they allow, so the timeline can sort and flag a missed milestone.
 */
@Entity
@Table(name = "plan_milestone")
public class Milestone extends AuditedEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @NotBlank(message = "Say what the milestone is")
    @Size(max = 500, message = "Keep the milestone under 500 characters")
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Size(max = 200, message = "Keep the record's words for when under 200 characters")
    @Column(name = "due_text")
    private String dueText;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    /** The theme it serves, or null. */
    @Column(name = "theme_id")
    private Long themeId;

    /** The recommendation it serves, or null (never both: a recommendation already says its theme). */
    @Column(name = "recommendation_id")
    private Long recommendationId;

    protected Milestone() {
    }

    public Milestone(Long planId, String title, LocalDate dueDate, String dueText, MilestoneStatus status) {
        this.planId = planId;
        this.title = title;
        this.dueDate = dueDate;
        this.dueText = dueText;
        this.status = status;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDueText() {
        return dueText;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public Long getThemeId() {
        return themeId;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    void serve(Long themeId, Long recommendationId) {
        if (themeId != null && recommendationId != null) {
            throw new IllegalArgumentException("A milestone serves a theme or a recommendation, not both");
        }
        this.themeId = themeId;
        this.recommendationId = recommendationId;
    }
}
