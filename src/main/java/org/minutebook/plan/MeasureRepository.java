package org.minutebook.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    // Values in the same query: the plan is read outside any open session (open-in-view is off).
    @EntityGraph(attributePaths = "values")
    List<Measure> findByPlanIdOrderByIdAsc(Long planId);

    @EntityGraph(attributePaths = "values")
    Optional<Measure> findWithValuesById(Long id);
}
