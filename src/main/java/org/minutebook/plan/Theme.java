package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.AuditedEntity;

/** A theme the plan groups its work under (seed 002's seven). */
@Entity
@Table(name = "plan_theme")
public class Theme extends AuditedEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    private int position;

    @NotBlank(message = "Name the theme")
    @Size(max = 300, message = "Keep the theme under 300 characters")
    private String title;

    protected Theme() {
    }

    public Theme(Long planId, int position, String title) {
        this.planId = planId;
        this.position = position;
        this.title = title;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
