package org.minutebook.publication;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed, reviewed OpenAPI document of the open data API (docs/openapi.json), and validation of real responses
 * against its schemas with networknt's JSON Schema validator (2020-12, as OpenAPI 3.1 uses). Validation is stricter
 * than the document: an object may carry no property the document does not name, so an undocumented field fails.
 */
final class OpenApiDocument {

    static final Path COMMITTED = Path.of("docs", "openapi.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode doc;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    OpenApiDocument(JsonNode doc) {
        this.doc = doc;
    }

    static OpenApiDocument committed() {
        try {
            return new OpenApiDocument(JSON.readTree(Files.readString(COMMITTED)));
        } catch (IOException e) {
            throw new UncheckedIOException("No committed OpenAPI document at " + COMMITTED.toAbsolutePath(), e);
        }
    }

    JsonNode node() {
        return doc;
    }

    /** The documented schema of a GET's 200 answer for this request path ("/api/v1/meetings/12"). */
    JsonNode responseSchema(String requestPath) {
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            String pattern = path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            if (requestPath.matches(pattern)) {
                JsonNode content = path.getValue().path("get").path("responses").path("200").path("content");
                if (content.isEmpty()) {
                    throw new AssertionError("The committed OpenAPI document gives no 200 answer for " + path.getKey());
                }
                return content.properties().iterator().next().getValue().get("schema");
            }
        }
        throw new AssertionError("The committed OpenAPI document has no path for " + requestPath);
    }

    /** The validation errors of one response body against its documented schema; empty when it conforms. */
    List<Error> validate(String requestPath, String body) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.setAll((ObjectNode) responseSchema(requestPath).deepCopy());
        ObjectNode components = JSON.createObjectNode();
        ObjectNode schemas = (ObjectNode) doc.get("components").get("schemas").deepCopy();
        closeObjects(schemas);
        components.set("schemas", schemas);
        schema.set("components", components);
        Schema validator = registry.getSchema(JSON.writeValueAsString(schema), InputFormat.JSON);
        return validator.validate(body, InputFormat.JSON);
    }

    // Every object schema that lists its properties admits no others.
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            o.properties().forEach(e -> closeObjects(e.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiDocument::closeObjects);
        }
    }
}
