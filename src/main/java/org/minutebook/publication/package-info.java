/**
 * What the public reads: plain server-rendered pages (Spring MVC + Thymeleaf) for anonymous visitors, and the
 * record's templates ({@code templates/record/}) that the pages, the live stream and the exports share.
 * Controllers only read through the services, which have already filtered the record by the access policy.
 */
package org.minutebook.publication;
