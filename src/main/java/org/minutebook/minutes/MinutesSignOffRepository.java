package org.minutebook.minutes;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesSignOffRepository extends JpaRepository<MinutesSignOff, Long> {
}
