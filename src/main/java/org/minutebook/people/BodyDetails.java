package org.minutebook.people;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator edits of a body, its house style flattened into plain fields for the form (public only for Binder's reflection). */
public class BodyDetails {

    @NotBlank(message = "Enter the body's name")
    @Size(max = 200, message = "Keep the name under 200 characters")
    private String name = "";
    @NotNull(message = "Choose what kind of body this is")
    private BodyKind kind = BodyKind.BOARD;
    private String termsOfReference = "";
    @Min(value = 1, message = "A quorum is at least one member")
    private Integer quorum;
    @NotNull(message = "Choose how items are numbered")
    private ItemNumbering itemNumbering;
    @Size(max = 40, message = "Keep the format under 40 characters")
    private String itemNumberFormat;
    private boolean paragraphNumbers;
    @NotBlank(message = "Enter the words that open a resolution")
    @Size(max = 200, message = "Keep the wording under 200 characters")
    private String resolutionWording;
    @NotNull(message = "Choose how resolution clauses are marked")
    private ClauseMarkStyle clauseMarks;
    private boolean publicActionTracker;

    static BodyDetails of(Body body) {
        var d = new BodyDetails();
        d.name = body.getName() == null ? "" : body.getName();
        d.kind = body.getKind();
        d.termsOfReference = body.getTermsOfReference() == null ? "" : body.getTermsOfReference();
        d.quorum = body.getQuorum();
        HouseStyle style = body.getHouseStyle() == null ? HouseStyle.board() : body.getHouseStyle();
        d.itemNumbering = style.itemNumbering();
        d.itemNumberFormat = style.itemNumberFormat();
        d.paragraphNumbers = style.paragraphNumbers();
        d.resolutionWording = style.resolutionWording();
        d.clauseMarks = style.clauseMarks();
        d.publicActionTracker = body.isPublicActionTracker();
        return d;
    }

    void applyTo(Body body) {
        body.setName(name.strip());
        body.setKind(kind);
        body.setTermsOfReference(termsOfReference == null || termsOfReference.isBlank() ? null : termsOfReference.strip());
        body.setQuorum(quorum);
        body.setHouseStyle(new HouseStyle(itemNumbering, itemNumberFormat.strip(), paragraphNumbers,
                resolutionWording.strip(), clauseMarks));
        body.setPublicActionTracker(publicActionTracker);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String termsOfReference) { this.termsOfReference = termsOfReference; }
    public Integer getQuorum() { return quorum; }
    public void setQuorum(Integer quorum) { this.quorum = quorum; }
    public ItemNumbering getItemNumbering() { return itemNumbering; }
    public void setItemNumbering(ItemNumbering itemNumbering) { this.itemNumbering = itemNumbering; }
    public String getItemNumberFormat() { return itemNumberFormat; }
    public void setItemNumberFormat(String itemNumberFormat) { this.itemNumberFormat = itemNumberFormat; }
    public boolean isParagraphNumbers() { return paragraphNumbers; }
    public void setParagraphNumbers(boolean paragraphNumbers) { this.paragraphNumbers = paragraphNumbers; }
    public String getResolutionWording() { return resolutionWording; }
    public void setResolutionWording(String resolutionWording) { this.resolutionWording = resolutionWording; }
    public ClauseMarkStyle getClauseMarks() { return clauseMarks; }
    public void setClauseMarks(ClauseMarkStyle clauseMarks) { this.clauseMarks = clauseMarks; }
    public boolean isPublicActionTracker() { return publicActionTracker; }
    public void setPublicActionTracker(boolean publicActionTracker) { this.publicActionTracker = publicActionTracker; }
}
