/**
 * The live layer: after a change commits it builds one message for the meeting (reading the database once,
 * not once per viewer) and hands it to every open Vaadin view of that meeting and every public stream.
 */
package org.minutebook.live;
