package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's live OpenAPI description must equal the committed, reviewed one (docs/openapi.json), compared as JSON
 * (key order and layout do not matter; the server address, which changes with the port, is left out). A change to the
 * API therefore shows up as a diff of that file in review.
 */
@MinutebookTest
class OpenApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void liveOpenApiDocumentIsTheCommittedOne() throws IOException {
        JsonNode live = withoutServers(OpenApiDocument.JSON.readTree(ExportFixtures.getText(port, "/v3/api-docs")));
        Path written = Path.of("target", "openapi-live.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, OpenApiDocument.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");

        JsonNode committed = Files.exists(OpenApiDocument.COMMITTED) ? OpenApiDocument.committed().node() : null;

        assertThat(live)
                .as("""
                        The API's OpenAPI description differs from the committed %s.
                        If the change is intended, review it and regenerate the committed copy:
                            cp %s %s && git diff %s""",
                        OpenApiDocument.COMMITTED, written, OpenApiDocument.COMMITTED, OpenApiDocument.COMMITTED)
                .isEqualTo(committed);
        // Only the API is described: no portal page, Vaadin route or error endpoint.
        live.get("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/v1/"));
    }

    @Test
    void swaggerUiAndTheDocumentAreOpenToAnonymousVisitors() {
        assertThat(ExportFixtures.get(port, "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(ExportFixtures.get(port, "/v3/api-docs.yaml").statusCode()).isEqualTo(200);
        var ui = ExportFixtures.get(port, "/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(new String(ui.body())).contains("swagger-ui");
    }

    private static JsonNode withoutServers(JsonNode doc) {
        ((ObjectNode) doc).remove("servers");
        return doc;
    }
}
