package org.minutebook.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaperContentRepository extends JpaRepository<PaperContent, Long> {
}
