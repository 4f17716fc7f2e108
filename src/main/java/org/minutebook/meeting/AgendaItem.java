package org.minutebook.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.shared.AuditedEntity;

/**
 * An item on a meeting's agenda. Its number is not stored while it can change: the numbering engine
 * derives it from the order, until approval freezes it into {@code frozenNumber}.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AuditedEntity {

    @NotNull
    @Column(name = "meeting_id")
    private Long meetingId;

    private int position;

    @NotBlank(message = "Enter the item's title")
    @Size(max = 500, message = "Keep the title under 500 characters")
    private String title;

    private String summary;

    @Size(max = 300)
    @Column(name = "report_author")
    private String reportAuthor;

    @Size(max = 300)
    private String contact;

    @Size(max = 500)
    private String presenters;

    /** The words before the recommendations, e.g. "The Board is asked to:". */
    @Size(max = 300)
    @Column(name = "recommendations_intro")
    private String recommendationsIntro;

    @ElementCollection
    @CollectionTable(name = "agenda_item_recommendation", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> recommendations = new ArrayList<>();

    /** Part II: the public see only the title and the Schedule 12A paragraph. */
    private boolean exempt;

    @Min(value = 1, message = "Schedule 12A has paragraphs 1 to 7")
    @Max(value = 7, message = "Schedule 12A has paragraphs 1 to 7")
    @Column(name = "exempt_paragraph")
    private Integer exemptParagraph;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ItemStatus status = ItemStatus.PENDING;

    @Enumerated(EnumType.STRING)
    private ItemOutcome outcome;

    @Column(name = "frozen_number")
    private String frozenNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard_item")
    private StandardItem standardItem;

    /** The earlier meeting's item this one was carried forward from (deferred or not reached there). */
    @Column(name = "carried_from_item_id")
    private Long carriedFromItemId;

    /** Set on an "Exclusion of the press and public" item: the exempt item it excludes the public for. */
    @Column(name = "excludes_public_for_item_id")
    private Long excludesPublicForItemId;

    protected AgendaItem() {
    }

    public AgendaItem(Long meetingId, int position, String title) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReportAuthor() {
        return reportAuthor;
    }

    public void setReportAuthor(String reportAuthor) {
        this.reportAuthor = reportAuthor;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPresenters() {
        return presenters;
    }

    public void setPresenters(String presenters) {
        this.presenters = presenters;
    }

    public String getRecommendationsIntro() {
        return recommendationsIntro;
    }

    public void setRecommendationsIntro(String recommendationsIntro) {
        this.recommendationsIntro = recommendationsIntro;
    }

    public List<String> getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(List<String> recommendations) {
        this.recommendations = new ArrayList<>(recommendations);
    }

    public boolean isExempt() {
        return exempt;
    }

    public void setExempt(boolean exempt) {
        this.exempt = exempt;
    }

    public Integer getExemptParagraph() {
        return exemptParagraph;
    }

    public void setExemptParagraph(Integer exemptParagraph) {
        this.exemptParagraph = exemptParagraph;
    }

    public ItemStatus getStatus() {
        return status;
    }

    void setStatus(ItemStatus status) {
        this.status = status;
    }

    public ItemOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(ItemOutcome outcome) {
        this.outcome = outcome;
    }

    public String getFrozenNumber() {
        return frozenNumber;
    }

    void setFrozenNumber(String frozenNumber) {
        this.frozenNumber = frozenNumber;
    }

    public StandardItem getStandardItem() {
        return standardItem;
    }

    void setStandardItem(StandardItem standardItem) {
        this.standardItem = standardItem;
    }

    public Long getCarriedFromItemId() {
        return carriedFromItemId;
    }

    void setCarriedFromItemId(Long carriedFromItemId) {
        this.carriedFromItemId = carriedFromItemId;
    }

    public Long getExcludesPublicForItemId() {
        return excludesPublicForItemId;
    }

    void setExcludesPublicForItemId(Long excludesPublicForItemId) {
        this.excludesPublicForItemId = excludesPublicForItemId;
    }
}
