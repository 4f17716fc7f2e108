package org.minutebook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated reading of a measure, with the record's words for it. */
@Embeddable
public record MeasureValue(
        @Column(name = "recorded_on") LocalDate recordedOn,
        @Column(name = "reading", nullable = false) BigDecimal value,
        @Column(name = "note") String note) {
}
