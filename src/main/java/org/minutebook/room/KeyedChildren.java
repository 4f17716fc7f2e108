package org.minutebook.room;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keeps a container's children in step with a list of values, one child per value, keyed by id. A child whose
 * value changed is updated in place where the caller can (a new paragraph in an item), else rebuilt; a child is
 * rebuilt only when its value changed (values are records, so equals says so) and moved only when the order
 * changed; everything else stays the same component, so the browser keeps its scroll position and focus.
 */
final class KeyedChildren<V> {

    private record Shown<V>(V value, Component component) {
    }

    private final Element container;
    private final ToLongFunction<V> id;
    private final Function<V, Component> render;
    private final Map<Long, Shown<V>> shown = new HashMap<>();
    private final Updater<V> update;

    /** Brings a shown child up to date in place, if it can (else the child is rebuilt). */
    interface Updater<V> {
        boolean update(Component child, V was, V now);
    }

    KeyedChildren(Component container, ToLongFunction<V> id, Function<V, Component> render) {
        this(container, id, render, (child, was, now) -> false);
    }

    KeyedChildren(Component container, ToLongFunction<V> id, Function<V, Component> render, Updater<V> update) {
        this.container = container.getElement();
        this.id = id;
        this.render = render;
        this.update = update;
    }

    void show(List<V> values) {
        Set<Long> wanted = new HashSet<>();
        values.forEach(v -> wanted.add(id.applyAsLong(v)));
        shown.entrySet().removeIf(e -> {
            if (wanted.contains(e.getKey())) {
                return false;
            }
            e.getValue().component().getElement().removeFromParent();
            return true;
        });
        for (int i = 0; i < values.size(); i++) {
            V value = values.get(i);
            long key = id.applyAsLong(value);
            Shown<V> old = shown.get(key);
            Shown<V> now = old;
            if (old != null && !old.value().equals(value) && update.update(old.component(), old.value(), value)) {
                now = new Shown<>(value, old.component());
                shown.put(key, now);
            } else if (old == null || !old.value().equals(value)) {
                now = new Shown<>(value, render.apply(value));
                shown.put(key, now);
            }
            Element child = now.component().getElement();
            if (container.getChildCount() > i && container.getChild(i).equals(child)) {
                continue;
            }
            if (old != null && old != now) {
                old.component().getElement().removeFromParent();
            }
            child.removeFromParent();
            container.insertChild(i, child);
        }
    }

    Optional<Component> componentOf(long key) {
        return Optional.ofNullable(shown.get(key)).map(Shown::component);
    }
}
