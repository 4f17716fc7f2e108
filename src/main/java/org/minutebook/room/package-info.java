/**
 * The live meeting room: the views people use while a meeting runs. Members and officers follow it
 * ({@link org.minutebook.room.LiveMeetingView}), the room's screen shows what is decided
 * ({@link org.minutebook.room.ProjectorView}), and the chair and clerk run and record it from their consoles.
 * The views are kept current by the live layer's pushes and change only what an update touches.
 */
package org.minutebook.room;
