/** Improvement plans: themes, recommendations, outcomes, milestones and measures. */
package org.minutebook.plan;
