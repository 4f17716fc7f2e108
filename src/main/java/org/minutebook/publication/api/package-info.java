/**
 * The read-only open data API under /api/v1, shaped after OParl 1.1 and documented by OpenAPI (springdoc, limited to
 * this package). Public data only: it reads the public record, whoever calls.
 */
package org.minutebook.publication.api;
