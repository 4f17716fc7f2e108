package org.minutebook.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {
    List<Milestone> findByPlanIdOrderByIdAsc(Long planId);
}
