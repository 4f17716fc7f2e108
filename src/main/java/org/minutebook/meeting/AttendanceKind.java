package org.minutebook.meeting;

public enum AttendanceKind {
    PRESENT, APOLOGIES, ABSENT, SUBSTITUTE, IN_ATTENDANCE
}
