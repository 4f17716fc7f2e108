/**
 * The numbering engine: the only place item numbers (14), paragraph numbers (14.3) and clause marks (b)) are
 * worked out. Its own module because both the agenda (meeting) and the minutes number by it.
 */
package org.minutebook.numbering;
