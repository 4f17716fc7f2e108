package org.minutebook.actions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {
    List<ActionUpdate> findByActionIdOrderByOnDateAscIdAsc(Long actionId);
}
