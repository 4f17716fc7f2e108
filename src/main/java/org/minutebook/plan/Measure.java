package org.minutebook.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.shared.AuditedEntity;

/** A measure of progress with baseline, target and dated values (seed 001's social workers, apprentices …). */
@Entity
@Table(name = "plan_measure")
public class Measure extends AuditedEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @NotBlank(message = "Name the measure")
    @Size(max = 300, message = "Keep the name under 300 characters")
    private String name;

    @Size(max = 60, message = "Keep the unit under 60 characters")
    private String unit;

    private BigDecimal baseline;

    private BigDecimal target;

    @ElementCollection
    @CollectionTable(name = "plan_measure_value", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<MeasureValue> values = new ArrayList<>();

    protected Measure() {
    }

    public Measure(Long planId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.planId = planId;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public List<MeasureValue> getValues() {
        return values;
    }

    void addValue(MeasureValue value) {
        values.add(value);
    }
}
