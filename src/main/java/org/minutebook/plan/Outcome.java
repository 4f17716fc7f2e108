package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.minutebook.shared.AuditedEntity;

/** A numbered outcome the plan aims for. */
@Entity
@Table(name = "plan_outcome")
public class Outcome extends AuditedEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    private int number;

    private String text;

    protected Outcome() {
    }

    public Outcome(Long planId, int number, String text) {
        this.planId = planId;
        this.number = number;
        this.text = text;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
