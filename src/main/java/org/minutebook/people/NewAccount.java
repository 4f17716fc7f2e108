package org.minutebook.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form bean for a new sign-in. The password is checked against the service's own rule as it is typed (public only for Binder's reflection). */
public class NewAccount {

    @NotBlank(message = "Enter a username")
    @Size(max = 100, message = "Keep the username under 100 characters")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "Use letters, digits and . _ @ - only (no spaces)")
    private String username = "";
    @NotBlank(message = "Enter the name to show for this account")
    @Size(max = 200, message = "Keep the name under 200 characters")
    private String displayName = "";
    @NotNull(message = "Choose a role")
    private Role role = Role.MEMBER;
    private Person person;
    private String password = "";

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
