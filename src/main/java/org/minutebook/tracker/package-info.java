/**
 * The action tracker's pages and exports: the actions list, "my actions", the CSV and XLSX action log, the public
 * tracker, and the open-action lines offered as matters arising. Like {@code room/}, it composes features
 * (actions, meetings, minutes, plan, people) that must not depend on each other, so nothing depends on it.
 */
package org.minutebook.tracker;
