package org.minutebook.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {
    List<Recommendation> findByPlanIdOrderByKindAscNumberAsc(Long planId);
}
