/**
 * People, organisations, bodies, memberships and user accounts: who sits where, and who signs in. The
 * administrators' views ({@code admin/bodies}, {@code admin/people}, {@code admin/accounts}) and every user's
 * {@code account} view live here too; they only call {@link org.minutebook.people.PeopleService} and
 * {@link org.minutebook.people.AccountService}, which check the caller themselves.
 */
package org.minutebook.people;
