package org.minutebook.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParagraphHistoryRepository extends JpaRepository<ParagraphHistory, Long> {
    List<ParagraphHistory> findByParagraphIdOrderByChangedAtAsc(Long paragraphId);
}
