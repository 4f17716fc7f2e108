/** Actions, their progress updates, and matters arising at the next meeting. */
package org.minutebook.actions;
