package org.minutebook.publication.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's heading; the reviewed copy is committed as docs/openapi.json (see OpenApiContractTest). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Minutebook open data API", version = "1.0",
        description = "Read-only public data of the boards and committees that meet in Minutebook: bodies, organizations, "
                + "people, memberships, meetings, agenda items, papers, minutes, decisions and actions, shaped after "
                + "OParl 1.1. Public data only: no exempt (Part II) content, no unpublished drafts, no contact details."))
class ApiDocs {
}
