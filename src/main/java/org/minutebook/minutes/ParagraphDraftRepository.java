package org.minutebook.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParagraphDraftRepository extends JpaRepository<ParagraphDraft, Long> {
    Optional<ParagraphDraft> findByUsernameAndItemIdAndParagraphId(String username, Long itemId, Long paragraphId);

    Optional<ParagraphDraft> findByUsernameAndItemIdAndParagraphIdIsNull(String username, Long itemId);
}
