/** Meetings, their agendas and items, papers, attendance and declarations of interest. */
package org.minutebook.meeting;
