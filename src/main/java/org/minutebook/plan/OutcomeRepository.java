package org.minutebook.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {
    List<Outcome> findByPlanIdOrderByNumberAsc(Long planId);
}
