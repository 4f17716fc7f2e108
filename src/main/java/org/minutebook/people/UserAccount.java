package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.minutebook.shared.AuditedEntity;

/** A sign-in. Linked to the Person it stands for, whose memberships say which bodies it may act on. */
@Entity
@jakarta.persistence.EntityListeners(AccessVersion.class)
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    @NotBlank
    private String username;

    @NotBlank
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "person_id")
    private Long personId;

    private boolean enabled = true;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, Long personId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.personId = personId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    public void recordFailedSignIn(Instant at) {
        failedSignIns++;
        lastFailedAt = at;
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lastFailedAt = null;
    }
}
