package org.minutebook.plan;

import com.vaadin.flow.component.html.Span;

/** A RAG status as a badge: the word is always there, the colour only helps (each pair is AA on its wash). */
public class RagBadge extends Span {

    public RagBadge(Rag rag) {
        super(rag.label());
        addClassNames("badge", "rag", "rag-" + rag.name().toLowerCase().replace('_', '-'));
        setTitle(rag.label() + ": " + rag.meaning());
        getElement().setAttribute("aria-label", "Status: " + rag.label() + ", " + rag.meaning());
    }
}
