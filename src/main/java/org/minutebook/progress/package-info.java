/**
 * A plan's progress: the roll-up of each recommendation and theme from the actions that serve it and the
 * milestones of the plan, and the dashboard that shows it live. Its own module because it reads both the plan and
 * the actions, and the actions already name plan elements: neither of those two features calls the other.
 */
package org.minutebook.progress;
