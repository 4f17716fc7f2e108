/** People, organisations, bodies, memberships and user accounts: who sits where, and who signs in. */
package org.minutebook.people;
