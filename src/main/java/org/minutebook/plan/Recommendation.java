package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.minutebook.shared.AuditedEntity;

/** A numbered recommendation, or an inspection "area for improvement" (seed 001's twelve). */
@Entity
@Table(name = "plan_recommendation")
public class Recommendation extends AuditedEntity {

    public enum Kind {
        RECOMMENDATION, AREA_FOR_IMPROVEMENT
    }

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    private int number;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.RECOMMENDATION;

    private String text;

    @Column(name = "theme_id")
    private Long themeId;

    protected Recommendation() {
    }

    public Recommendation(Long planId, int number, Kind kind, String text) {
        this.planId = planId;
        this.number = number;
        this.kind = kind;
        this.text = text;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }
}
