package org.minutebook.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, Long> {
    List<Body> findAllByOrderByNameAsc();

    Optional<Body> findByName(String name);
}
