/** Minute paragraphs, resolutions and votes, the numbering engine, and every paragraph's history. */
package org.minutebook.minutes;
