package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.AuditedEntity;

/** A board, committee, sub-committee or panel that meets in public. */
@Entity
@Table(name = "body")
public class Body extends AuditedEntity {

    @NotBlank(message = "Enter the body's name")
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private BodyKind kind = BodyKind.BOARD;

    /** The council or partnership the body belongs to (an OParl Body), as the record names it. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "terms_of_reference")
    private String termsOfReference;

    /** Members who must be present for decisions; null where the record does not say. */
    @Min(value = 1, message = "A quorum is at least one member")
    private Integer quorum;

    @Embedded
    private HouseStyle houseStyle = HouseStyle.board();

    /** Whether the public may follow this body's actions. */
    @Column(name = "public_action_tracker")
    private boolean publicActionTracker = true;

    protected Body() {
    }

    public Body(String name, BodyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public void setTermsOfReference(String termsOfReference) {
        this.termsOfReference = termsOfReference;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public HouseStyle getHouseStyle() {
        return houseStyle;
    }

    public void setHouseStyle(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    public boolean isPublicActionTracker() {
        return publicActionTracker;
    }

    public void setPublicActionTracker(boolean publicActionTracker) {
        this.publicActionTracker = publicActionTracker;
    }
}
