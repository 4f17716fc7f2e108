package org.minutebook.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaperRepository extends JpaRepository<Paper, Long> {
    List<Paper> findByItemIdIn(List<Long> itemIds);
}
