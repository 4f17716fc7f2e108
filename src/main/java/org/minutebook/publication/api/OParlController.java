package org.minutebook.publication.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.minutebook.people.Body;
import org.minutebook.people.Membership;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read-only open data API, shaped after OParl 1.1: GET only, anonymous, public data only (see {@link OpenData}).
 * Lists are paginated ({@code page} from 1, {@code pageSize} up to 100) and filterable by body or organization.
 */
@RestController
@RequestMapping(value = Urls.API, produces = "application/json")
@Tag(name = "Open data (OParl 1.1)")
class OParlController {

    private final OpenData data;
    private final PeopleService people;

    OParlController(OpenData data, PeopleService people) {
        this.data = data;
        this.people = people;
    }

    @GetMapping("/system")
    @Operation(summary = "The system: where the list of bodies is")
    OParl.System system() {
        Urls urls = urls();
        return new OParl.System(urls.system(), OParl.SCHEMA + "System", OParl.SCHEMA, urls.api() + "/bodies",
                "Minutebook", urls.site(), "Minutebook");
    }

    @GetMapping("/bodies")
    @Operation(summary = "Councils (OParl bodies) whose boards and committees meet here")
    OParlList<OParl.Body> bodies(@RequestParam(defaultValue = "1") int page,
                                 @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<OParl.Body> all = data.councils().entrySet().stream()
                .map(e -> data.body(urls, e.getKey(), e.getValue())).toList();
        return OParlList.page(all, page, pageSize, urls.listBuilder("bodies"));
    }

    @GetMapping("/bodies/{key}")
    @Operation(summary = "One council")
    OParl.Body body(@PathVariable String key) {
        List<Body> held = data.councils().get(key);
        if (held == null) {
            throw new NoSuchElementException("No body " + key);
        }
        return data.body(urls(), key, held);
    }

    @GetMapping("/organizations")
    @Operation(summary = "Boards and committees (OParl organizations)")
    OParlList<OParl.Organization> organizations(@Parameter(description = "Only this body's") @RequestParam(required = false) String body,
                                                @RequestParam(defaultValue = "1") int page,
                                                @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<OParl.Organization> all = boards(body).stream().map(b -> data.organization(urls, b)).toList();
        return OParlList.page(all, page, pageSize, filtered(urls.listBuilder("organizations"), "body", body));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One board or committee")
    OParl.Organization organization(@PathVariable long id) {
        return data.organization(urls(), people.body(id));
    }

    @GetMapping("/people")
    @Operation(summary = "People with a place on a board or committee, by name only")
    OParlList<OParl.Person> persons(@Parameter(description = "Only people on this body's boards") @RequestParam(required = false) String body,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<Long> boardIds = boards(body).stream().map(Body::getId).toList();
        List<Long> onBoards = data.memberships().stream().filter(m -> boardIds.contains(m.getBodyId()))
                .map(Membership::getPersonId).toList();
        List<OParl.Person> all = data.persons().stream().filter(p -> onBoards.contains(p.getId()))
                .map(p -> data.person(urls, p)).toList();
        return OParlList.page(all, page, pageSize, filtered(urls.listBuilder("people"), "body", body));
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person")
    OParl.Person person(@PathVariable long id) {
        Person p = data.persons().stream().filter(x -> x.getId() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No person " + id));
        return data.person(urls(), p);
    }

    @GetMapping("/memberships")
    @Operation(summary = "Current places on boards and committees")
    OParlList<OParl.Membership> memberships(@Parameter(description = "Only this board's or committee's") @RequestParam(required = false) Long organization,
                                            @RequestParam(defaultValue = "1") int page,
                                            @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<OParl.Membership> all = data.memberships().stream()
                .filter(m -> organization == null || m.getBodyId().equals(organization))
                .map(m -> data.membership(urls, m)).toList();
        return OParlList.page(all, page, pageSize, filtered(urls.listBuilder("memberships"), "organization", organization));
    }

    @GetMapping("/memberships/{id}")
    @Operation(summary = "One membership")
    OParl.Membership membership(@PathVariable long id) {
        return data.memberships().stream().filter(m -> m.getId() == id).findFirst()
                .map(m -> data.membership(urls(), m)).orElseThrow(() -> new NoSuchElementException("No membership " + id));
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings, newest first, with their published agenda items embedded")
    OParlList<OParl.Meeting> meetings(@RequestParam(required = false) String body,
                                      @RequestParam(required = false) Long organization,
                                      @RequestParam(defaultValue = "1") int page,
                                      @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<OParl.Meeting> all = data.meetingsOf(boards(body, organization)).stream().map(p -> data.meeting(urls, p)).toList();
        return OParlList.page(all, page, pageSize,
                filtered(filtered(urls.listBuilder("meetings"), "body", body), "organization", organization));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting")
    OParl.Meeting meeting(@PathVariable long id) {
        return data.meeting(urls(), data.meeting(id));
    }

    @GetMapping("/meetings/{id}/minutes")
    @Operation(summary = "A meeting's minutes, numbered, as the public may read them")
    OParl.Minutes minutes(@PathVariable long id) {
        return data.minutes(urls(), data.meeting(id));
    }

    @GetMapping("/agenda-items")
    @Operation(summary = "Items of published agendas; exempt items by number and name only")
    OParlList<OParl.AgendaItem> agendaItems(@RequestParam(required = false) String body,
                                            @RequestParam(required = false) Long organization,
                                            @RequestParam(defaultValue = "1") int page,
                                            @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        List<OParl.AgendaItem> all = data.meetingsOf(boards(body, organization)).stream()
                .flatMap(p -> data.meeting(urls, p).agendaItem().stream()).toList();
        return OParlList.page(all, page, pageSize,
                filtered(filtered(urls.listBuilder("agenda-items"), "body", body), "organization", organization));
    }

    @GetMapping("/agenda-items/{id}")
    @Operation(summary = "One agenda item")
    OParl.AgendaItem agendaItem(@PathVariable long id) {
        Urls urls = urls();
        return data.meetingsOf(people.bodies()).stream().flatMap(p -> data.meeting(urls, p).agendaItem().stream())
                .filter(i -> i.id().equals(urls.agendaItem(id))).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No agenda item " + id));
    }

    @GetMapping("/papers")
    @Operation(summary = "Papers of public items on published agendas")
    OParlList<OParl.Paper> papers(@RequestParam(required = false) String body,
                                  @RequestParam(required = false) Long organization,
                                  @RequestParam(defaultValue = "1") int page,
                                  @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        return OParlList.page(data.papers(urls, data.meetingsOf(boards(body, organization))), page, pageSize,
                filtered(filtered(urls.listBuilder("papers"), "body", body), "organization", organization));
    }

    @GetMapping("/papers/{id}")
    @Operation(summary = "One paper")
    OParl.Paper paper(@PathVariable long id) {
        Urls urls = urls();
        return data.papers(urls, data.meetingsOf(people.bodies())).stream().filter(p -> p.id().equals(urls.paper(id)))
                .findFirst().orElseThrow(() -> new NoSuchElementException("No paper " + id));
    }

    @GetMapping("/decisions")
    @Operation(summary = "Resolutions in minutes the public may read, newest meeting first")
    OParlList<OParl.Decision> decisions(@RequestParam(required = false) String body,
                                        @RequestParam(required = false) Long organization,
                                        @RequestParam(defaultValue = "1") int page,
                                        @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        return OParlList.page(data.decisions(urls, data.meetingsOf(boards(body, organization))), page, pageSize,
                filtered(filtered(urls.listBuilder("decisions"), "body", body), "organization", organization));
    }

    @GetMapping("/actions")
    @Operation(summary = "Actions from public minutes, where the board's action tracker is public")
    OParlList<OParl.Action> actions(@RequestParam(required = false) String body,
                                    @RequestParam(required = false) Long organization,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        Urls urls = urls();
        return OParlList.page(data.actions(urls, data.meetingsOf(boards(body, organization))), page, pageSize,
                filtered(filtered(urls.listBuilder("actions"), "body", body), "organization", organization));
    }

    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ApiResponse(responseCode = "404", description = "No such object, or it is not public")
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Not found, or not public. Lists start at " + urls().system());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    // ------------------------------------------------------------------------------------------------

    private List<Body> boards(String bodyKey) {
        return boards(bodyKey, null);
    }

    private List<Body> boards(String bodyKey, Long organization) {
        Predicate<Body> inBody = b -> bodyKey == null || OpenData.bodyKey(b).equals(bodyKey);
        Predicate<Body> isOrg = b -> organization == null || b.getId().equals(organization);
        return people.bodies().stream().filter(inBody.and(isOrg)).toList();
    }

    private static UriComponentsBuilder filtered(UriComponentsBuilder b, String name, Object value) {
        return value == null ? b : b.queryParam(name, value);
    }

    private static Urls urls() {
        return new Urls(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
