package org.minutebook.plan;

public enum MilestoneStatus {
    PLANNED, ACHIEVED, MISSED
}
