package org.minutebook.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What the clerk edits of an agenda item (the form's bean): bound by Binder, validated again by the service. */
public class ItemDetails {

    @NotBlank(message = "Enter the item's title")
    @Size(max = 500, message = "Keep the title under 500 characters")
    private String title = "";
    private String summary = "";
    @Size(max = 300)
    private String reportAuthor = "";
    @Size(max = 300)
    private String contact = "";
    @Size(max = 500)
    private String presenters = "";
    @Size(max = 300)
    private String recommendationsIntro = "";
    /** One recommendation a line, without its "1)". */
    private String recommendations = "";
    private boolean exempt;
    @Min(value = 1, message = "Schedule 12A has paragraphs 1 to 7")
    @Max(value = 7, message = "Schedule 12A has paragraphs 1 to 7")
    private Integer exemptParagraph;

    /** An exempt item must say which Schedule 12A paragraph applies: the public see that and the title only. */
    @AssertTrue(message = "Choose the Schedule 12A paragraph that makes the item exempt")
    public boolean isExemptParagraphChosen() {
        return !exempt || exemptParagraph != null;
    }

    public static ItemDetails of(AgendaItem item) {
        var d = new ItemDetails();
        d.title = item.getTitle();
        d.summary = nz(item.getSummary());
        d.reportAuthor = nz(item.getReportAuthor());
        d.contact = nz(item.getContact());
        d.presenters = nz(item.getPresenters());
        d.recommendationsIntro = nz(item.getRecommendationsIntro());
        d.recommendations = String.join("\n", item.getRecommendations());
        d.exempt = item.isExempt();
        d.exemptParagraph = item.getExemptParagraph();
        return d;
    }

    void applyTo(AgendaItem item) {
        item.setTitle(title.strip());
        item.setSummary(blankToNull(summary));
        item.setReportAuthor(blankToNull(reportAuthor));
        item.setContact(blankToNull(contact));
        item.setPresenters(blankToNull(presenters));
        item.setRecommendationsIntro(blankToNull(recommendationsIntro));
        item.setRecommendations(recommendationLines());
        item.setExempt(exempt);
        item.setExemptParagraph(exempt ? exemptParagraph : null);
    }

    public List<String> recommendationLines() {
        var lines = new ArrayList<String>();
        for (String line : recommendations.split("\\R")) {
            // A pasted "1) note the report" keeps only its words: the numbers are the engine's job.
            String text = line.strip().replaceFirst("^\\(?\\d{1,2}[).]\\s*", "");
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getReportAuthor() { return reportAuthor; }
    public void setReportAuthor(String reportAuthor) { this.reportAuthor = reportAuthor; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getPresenters() { return presenters; }
    public void setPresenters(String presenters) { this.presenters = presenters; }
    public String getRecommendationsIntro() { return recommendationsIntro; }
    public void setRecommendationsIntro(String recommendationsIntro) { this.recommendationsIntro = recommendationsIntro; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
}
