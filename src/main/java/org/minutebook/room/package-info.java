/** The live meeting room: the chair's and the clerk's consoles, the participants' view and the projector. */
package org.minutebook.room;
