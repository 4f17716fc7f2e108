package org.minutebook.people;

/** The "change my password" form's bean. Never stored; the service hashes the new password (public only for Binder's reflection). */
public class PasswordChange {

    private String currentPassword = "";
    private String newPassword = "";
    private String repeatPassword = "";

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
