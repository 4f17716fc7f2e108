package org.minutebook.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bodies, people, organisations and memberships. Reading is open (the public sees who sits on a body);
 * changing them is for administrators. The check sits here, on the server, whatever the view shows.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final BodyRepository bodies;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final Clock clock;

    PeopleService(BodyRepository bodies, PersonRepository people, OrganisationRepository organisations,
                  MembershipRepository memberships, Clock clock) {
        this.bodies = bodies;
        this.people = people;
        this.organisations = organisations;
        this.memberships = memberships;
        this.clock = clock;
    }

    public List<Body> bodies() {
        return bodies.findAllByOrderByNameAsc();
    }

    public Body body(long id) {
        return bodies.findById(id).orElseThrow(() -> new NoSuchElementException("No body " + id));
    }

    public Optional<Body> bodyNamed(String name) {
        return bodies.findByName(name);
    }

    public List<Person> people() {
        return people.findAllByOrderByNameAsc();
    }

    public Person person(long id) {
        return people.findById(id).orElseThrow(() -> new NoSuchElementException("No person " + id));
    }

    public Map<Long, Person> peopleById(Collection<Long> ids) {
        return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    public Optional<Organisation> organisation(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id);
    }

    public Map<Long, Organisation> organisationsById(Collection<Long> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    /** Memberships current today, the chair first. */
    public List<Membership> currentMembers(long bodyId) {
        LocalDate today = LocalDate.now(clock);
        return memberships.findByBodyId(bodyId).stream()
                .filter(m -> m.isCurrentOn(today))
                .sorted((a, b) -> a.getRole().compareTo(b.getRole()))
                .toList();
    }

    public List<Membership> membershipsOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        return memberships.findByPersonId(personId).stream().filter(m -> m.isCurrentOn(today)).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Body saveBody(Body body) {
        HouseStyle.itemNumberFormatProblem(body.getHouseStyle().itemNumberFormat()).ifPresent(problem -> {
            throw new InvalidField("itemNumberFormat", problem);
        });
        if (body.getName() != null) {
            body.setName(body.getName().strip());
            bodies.findByName(body.getName())
                    .filter(other -> !other.getId().equals(body.getId()))
                    .ifPresent(other -> {
                        throw new InvalidField("name", "Another body already has this name");
                    });
        }
        return bodies.save(body);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Person savePerson(Person person) {
        return people.save(person);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation saveOrganisation(Organisation organisation) {
        return organisations.save(organisation);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Membership addMembership(long personId, long bodyId, MembershipRole role) {
        body(bodyId);
        person(personId);
        boolean already = currentMembers(bodyId).stream()
                .anyMatch(m -> m.getPersonId() == personId && m.getRole() == role);
        if (already) {
            throw new InvalidField("person", "This person already holds that role on the body");
        }
        return memberships.save(new Membership(personId, bodyId, role));
    }

    /** Ends a membership today rather than deleting it: past minutes still name who sat where. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void endMembership(long membershipId) {
        Membership m = memberships.findById(membershipId).orElseThrow();
        m.setEndsOn(LocalDate.now(clock).minusDays(1));
    }
}
