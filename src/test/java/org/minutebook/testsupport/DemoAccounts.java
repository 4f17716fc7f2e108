package org.minutebook.testsupport;

/** The demo sign-ins the demo data creates (README lists them too). */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-password";

    private DemoAccounts() {
    }
}
