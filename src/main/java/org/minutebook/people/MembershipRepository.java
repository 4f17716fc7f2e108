package org.minutebook.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {
    List<Membership> findByBodyId(Long bodyId);

    List<Membership> findByPersonId(Long personId);
}
