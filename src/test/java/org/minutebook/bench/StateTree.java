package org.minutebook.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Enough of Flow's client-side state tree to find a component the way a person would — a field by its label, a
 * button by its text — and so to click and type: tags, properties, text nodes, children, listeners.
 */
final class StateTree {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Flow's NodeFeatures ids.
    private static final int DATA = 0, PROPERTIES = 1, CHILDREN = 2, LISTENERS = 4, TEXT = 7;

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Shared values the changes refer to by key, e.g. a listener's event data expressions. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies the "changes" of one UIDL message (a push or the answer to a request). */
    synchronized void apply(String message) {
        JsonNode root = JSON.readTree(message);
        if (root.isArray()) {
            root = root.get(0);
        }
        JsonNode uidl = root.has("uidl") ? root.get("uidl") : root;
        if (root.has("appConfig") && root.get("appConfig").has("uidl")) {
            uidl = root.get("appConfig").get("uidl");
        }
        if (uidl.has("constants")) {
            uidl.get("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.get("node").asInt();
            String type = c.get("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Node n = nodes.computeIfAbsent(id, Node::new);
                    int feat = c.get("feat").asInt();
                    String key = c.get("key").asString();
                    JsonNode value = c.get("value");
                    if (feat == DATA && key.equals("tag")) {
                        n.tag = value.asString();
                    } else if (feat == TEXT && key.equals("text")) {
                        n.text = value.asString();
                    } else if (feat == PROPERTIES && value != null) {
                        n.properties.put(key, value);
                    } else if (feat == LISTENERS && value != null) {
                        n.listeners.put(key, value);
                    }
                }
                case "remove" -> {
                    Node n = nodes.get(id);
                    if (n != null && c.get("feat").asInt() == PROPERTIES) {
                        n.properties.remove(c.get("key").asString());
                    }
                }
                case "splice" -> {
                    Node n = nodes.computeIfAbsent(id, Node::new);
                    if (c.get("feat").asInt() != CHILDREN) {
                        break;
                    }
                    int index = c.get("index").asInt();
                    int remove = c.has("remove") ? c.get("remove").asInt() : 0;
                    for (int i = 0; i < remove && index < n.children.size(); i++) {
                        n.children.remove(index);
                    }
                    if (c.has("addNodes")) {
                        int at = index;
                        for (JsonNode added : c.get("addNodes")) {
                            n.children.add(Math.min(at++, n.children.size()), added.asInt());
                        }
                    }
                }
                case "clear" -> {
                    Node n = nodes.get(id);
                    if (n != null && c.get("feat").asInt() == CHILDREN) {
                        n.children.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The text of a node and its descendants, as a person reads it. */
    synchronized String textOf(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb, 0);
        return sb.toString();
    }

    private void collect(Node n, StringBuilder sb, int depth) {
        if (n == null || depth > 50) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text);
        }
        for (int child : n.children) {
            collect(nodes.get(child), sb, depth + 1);
        }
    }

    /** A field by its label, e.g. "Paragraph text" (the newest if several). */
    synchronized Optional<Node> fieldLabelled(String tag, String label) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag))
                .filter(n -> n.properties.containsKey("label") && label.equals(n.properties.get("label").asString()))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    /** A button by the start of its text (the newest if several). */
    synchronized Optional<Node> button(String textStart) {
        return nodes.values().stream().filter(n -> "vaadin-button".equals(n.tag))
                .filter(n -> textOf(n).strip().startsWith(textStart))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    /** A click as the browser reports it: every expression the server's listener asked for. */
    synchronized String click(Node button) {
        StringBuilder data = new StringBuilder("{");
        JsonNode expressions = button.listeners.get("click");
        if (expressions != null && expressions.isString()) {
            expressions = constants.get(expressions.asString());
        }
        if (expressions != null && expressions.isObject()) {
            for (String e : expressions.propertyNames()) {
                if (e.chars().allMatch(Character::isDigit)) {
                    continue; // debounce settings, not data
                }
                if (data.length() > 1) {
                    data.append(',');
                }
                data.append(JSON.writeValueAsString(e)).append(':').append(e.endsWith("Key") ? "false" : "0");
            }
        }
        data.append('}');
        return "{\"type\":\"event\",\"node\":" + button.id + ",\"event\":\"click\",\"data\":" + data + "}";
    }

    static String typed(Node field, String value) {
        return "{\"type\":\"mSync\",\"node\":" + field.id + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(value) + "}";
    }
}
