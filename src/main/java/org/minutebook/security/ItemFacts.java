package org.minutebook.security;

/**
 * What the policy needs to know about an agenda item. A record rather than a bare boolean so call sites read
 * ({@code ItemFacts.EXEMPT}) and the facts can grow without changing every signature.
 *
 * @param exempt whether the item is exempt information (Part II, Schedule 12A, Local Government Act 1972)
 */
public record ItemFacts(boolean exempt) {

    /** An ordinary, public (Part I) item. */
    public static final ItemFacts OPEN = new ItemFacts(false);

    /** An exempt (Part II) item. */
    public static final ItemFacts EXEMPT = new ItemFacts(true);
}
