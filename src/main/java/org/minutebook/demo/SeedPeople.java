package org.minutebook.demo;

import org.minutebook.people.MembershipRole;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;

/**
 * The real people the seeds name, only as they name them. None is given an account or attendance: the seeds
 * record neither. A membership only where a seed says so (seed 001: Anne Jones speaks as a member of the select
 * committee); the others spoke to a body or wrote for it without a place on it, and Councillor Vickery's seed
 * says outright that he "was not a Board Member".
 */
final class SeedPeople {

    private SeedPeople() {
    }

    static void create(PeopleService people, long councilId, long scrutinyId) {
        // Seed 002, at the scrutiny committee (all of West Sussex County Council, as the minutes say).
        people.savePerson(new Person("Louise Goldsmith", "Leader of the County Council", councilId));
        people.savePerson(new Person("Paul Marshall", "Cabinet Member for Children and Young People", councilId));
        // Seed 002's title for him; seed 004 signs him "Director of Children’s Services".
        people.savePerson(new Person("John Readman", "Interim Director of Children and Family Services", councilId));
        people.savePerson(new Person("Jackie Wood", "Head of Children’s Social Care for Placements", councilId));
        people.savePerson(new Person("Sarah Daly", "Head of Children’s Social Care", councilId));

        // Seed 001: "Anne Jones (Con, Burgess Hill East)", a member of the children & young people's services
        // select committee. The seed gives party and division, not a job title.
        Person anneJones = people.savePerson(new Person("Anne Jones", null, councilId));
        people.addMembership(anneJones.getId(), scrutinyId, MembershipRole.MEMBER);

        // Seed 003, at the other county's board: no titles given, and the councillor's first name neither.
        people.savePerson(new Person("Catherine Driscoll", null, null));
        people.savePerson(new Person("Councillor Vickery", null, null));
    }
}
