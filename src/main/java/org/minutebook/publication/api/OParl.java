package org.minutebook.publication.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The API's objects, shaped after OParl 1.1 (https://oparl.org): every object has its URL as "id", its OParl type
 * URI as "type", and "created"/"modified". Objects OParl has no type for (minutes, decisions, actions) use
 * Minutebook's own type URIs under {@link #MINUTEBOOK}. Absent values are left out rather than sent as null.
 */
public final class OParl {

    public static final String SCHEMA = "https://schema.oparl.org/1.1/";
    public static final String MINUTEBOOK = "https://schema.minutebook.org/1.0/";

    private OParl() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "System", description = "oparl:System — this Minutebook installation")
    public record System(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "System") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String oparlVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of bodies") String body,
            String name,
            String website,
            String product) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Body", description = "oparl:Body — a council (or other public authority) whose boards and committees "
            + "meet here. Partner organisations such as Healthwatch are not Bodies.")
    public record Body(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Body") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String system,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of its organizations") String organization,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of its people") String person,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of its meetings") String meeting,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of its papers") String paper,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> legislativeTerm,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Organization", description = "oparl:Organization — a board or committee")
    public record Organization(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Organization") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String body,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Gremium") String organizationType,
            @Schema(example = "Board") String classification,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> membership,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "URL of the list of its meetings") String meeting,
            @Schema(description = "The public web page") String web,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Person", description = "oparl:Person — named as the public record names them; no contact details")
    public record Person(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Person") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Membership> membership,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Membership", description = "oparl:Membership — a person's place on a board or committee")
    public record Membership(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Membership") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String person,
            @Schema(requiredMode = RequiredMode.REQUIRED) String organization,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Chair") String role,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean votingRight,
            LocalDate startDate,
            LocalDate endDate,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Meeting", description = "oparl:Meeting — its agenda items embedded once the agenda is published")
    public record Meeting(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Meeting") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "scheduled",
                    allowableValues = {"scheduled", "live", "closed", "cancelled", "postponed"}) String meetingState,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean cancelled,
            Instant start,
            Instant end,
            Location location,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> organization,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<AgendaItem> agendaItem,
            @Schema(description = "The minutes as a PDF, once the public may read them") File resultsProtocol,
            @Schema(description = "URL of the structured minutes (Minutebook), once the public may read them") String minutes,
            @Schema(description = "The public web page") String web,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Location", description = "oparl:Location — where a meeting is held")
    public record Location(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Location") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "File", description = "oparl:File — a document to download")
    public record File(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "File") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) String mimeType,
            @Schema(requiredMode = RequiredMode.REQUIRED) String accessUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgendaItem", description = "oparl:AgendaItem — an exempt (Part II) item shows only its number and "
            + "name, with public false")
    public record AgendaItem(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "AgendaItem") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String meeting,
            @Schema(example = "14") String number,
            @Schema(requiredMode = RequiredMode.REQUIRED) int order,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @JsonProperty("public") @Schema(name = "public", requiredMode = RequiredMode.REQUIRED) boolean isPublic,
            @Schema(example = "resolved") String result,
            @Schema(description = "The resolution, as minuted") String resolutionText,
            @Schema(description = "URLs of its papers") List<String> paper,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Paper", description = "oparl:Paper — a report or other document on a public agenda item")
    public record Paper(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = SCHEMA + "Paper") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String body,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(example = "Report") String paperType,
            @Schema(description = "Who wrote it, as the agenda names them") String originator,
            @Schema(requiredMode = RequiredMode.REQUIRED) String meeting,
            @Schema(requiredMode = RequiredMode.REQUIRED) String agendaItem,
            Instant created,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Minutes", description = "Minutebook: a meeting's minutes as the public may read them")
    public record Minutes(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = MINUTEBOOK + "Minutes") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String meeting,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "True while \"Draft — subject to approval\"") boolean draft,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<MinutesItem> item,
            Instant modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MinutesItem", description = "Minutebook: the minutes of one agenda item")
    public record MinutesItem(
            @Schema(requiredMode = RequiredMode.REQUIRED) String agendaItem,
            String number,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @JsonProperty("public") @Schema(name = "public", requiredMode = RequiredMode.REQUIRED) boolean isPublic,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Minute> paragraph) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Minute", description = "Minutebook: a numbered minute paragraph or resolution")
    public record Minute(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Link to the paragraph on the public page") String web,
            @Schema(example = "14.3") String number,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"paragraph", "resolution"}) String kind,
            @Schema(description = "The text as HTML: paragraphs and bullet lists, escaped") String html,
            @Schema(example = "Resolved that the Board:") String preamble,
            List<Clause> clause,
            @Schema(allowableValues = {"agreed", "not_agreed", "deferred"}) String outcome,
            String vote) {
    }

    @Schema(name = "Clause", description = "Minutebook: a lettered or numbered clause of a resolution")
    public record Clause(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "a)") String mark,
            @Schema(requiredMode = RequiredMode.REQUIRED) String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Decision", description = "Minutebook: a resolution in published minutes")
    public record Decision(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = MINUTEBOOK + "Decision") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String meeting,
            @Schema(requiredMode = RequiredMode.REQUIRED) String agendaItem,
            @Schema(requiredMode = RequiredMode.REQUIRED) String organization,
            String number,
            Instant date,
            String preamble,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Clause> clause,
            @Schema(allowableValues = {"agreed", "not_agreed", "deferred"}) String outcome,
            String vote,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "True while the minutes are a draft") boolean draft,
            @Schema(requiredMode = RequiredMode.REQUIRED) String web) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Action", description = "Minutebook: an action from published minutes, where the body's tracker is public")
    public record Action(
            @Schema(requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = MINUTEBOOK + "Action") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) String organization,
            @Schema(requiredMode = RequiredMode.REQUIRED) String description,
            @Schema(description = "Who owns it, as the minutes name them") String owner,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "open") String status,
            LocalDate dueDate,
            @Schema(example = "by the next meeting") String due,
            String meeting,
            String agendaItem,
            Instant created,
            Instant modified) {
    }

    @Schema(name = "Pagination", description = "OParl list pagination")
    public record Pagination(
            @Schema(requiredMode = RequiredMode.REQUIRED) int totalElements,
            @Schema(requiredMode = RequiredMode.REQUIRED) int elementsPerPage,
            @Schema(requiredMode = RequiredMode.REQUIRED) int currentPage,
            @Schema(requiredMode = RequiredMode.REQUIRED) int totalPages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Links", description = "OParl list links; next and prev only where there is such a page")
    public record Links(
            @Schema(requiredMode = RequiredMode.REQUIRED) String first,
            String prev,
            String next,
            @Schema(requiredMode = RequiredMode.REQUIRED) String last) {
    }
}
