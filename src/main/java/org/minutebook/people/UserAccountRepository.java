package org.minutebook.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    List<UserAccount> findByPersonIdInAndRoleAndEnabledTrue(java.util.Collection<Long> personIds, Role role);
}
