package org.minutebook.minutes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.shared.AuditedEntity;

/**
 * A numbered paragraph of the minutes under an agenda item. The text is restricted Markdown: paragraphs
 * and bullet lists ("- " items, nested by indenting two spaces) and nothing else (see {@link MinuteText}).
 * A resolution is a paragraph whose preamble ("Resolved that the Board:") is followed by ordered clauses.
 * A deleted paragraph is kept with the time of its deletion (actions may cite it); the record skips it.
 */
@Entity
@Table(name = "minute_paragraph")
public class MinuteParagraph extends AuditedEntity {

    @NotNull
    @Column(name = "meeting_id")
    private Long meetingId;

    @NotNull
    @Column(name = "item_id")
    private Long itemId;

    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ParagraphKind kind = ParagraphKind.PARAGRAPH;

    /** Paragraph text, or for a resolution any words between the preamble and the clauses. */
    private String text;

    /** A resolution's opening words; null takes the body's house style. */
    private String preamble;

    @ElementCollection
    @CollectionTable(name = "resolution_clause", joinColumns = @JoinColumn(name = "paragraph_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> clauses = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ResolutionOutcome outcome;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    /** The chair's casting vote on a tie: true for, false against, null none. */
    @Column(name = "casting_vote_for")
    private Boolean castingVoteFor;

    @Column(name = "frozen_number")
    private String frozenNumber;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected MinuteParagraph() {
    }

    public static MinuteParagraph paragraph(Long meetingId, Long itemId, int position, String text) {
        var p = new MinuteParagraph();
        p.meetingId = meetingId;
        p.itemId = itemId;
        p.position = position;
        p.text = text;
        return p;
    }

    public static MinuteParagraph resolution(Long meetingId, Long itemId, int position, String preamble, List<String> clauses) {
        var p = paragraph(meetingId, itemId, position, null);
        p.kind = ParagraphKind.RESOLUTION;
        p.preamble = preamble;
        p.clauses = new ArrayList<>(clauses);
        p.outcome = ResolutionOutcome.AGREED;
        return p;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public ParagraphKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    public String getPreamble() {
        return preamble;
    }

    void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public List<String> getClauses() {
        return clauses;
    }

    void setClauses(List<String> clauses) {
        this.clauses = new ArrayList<>(clauses);
    }

    public ResolutionOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(ResolutionOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Boolean getCastingVoteFor() {
        return castingVoteFor;
    }

    void setVote(Integer votesFor, Integer votesAgainst, Integer abstentions, Boolean castingVoteFor) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.castingVoteFor = castingVoteFor;
    }

    public String getFrozenNumber() {
        return frozenNumber;
    }

    void setFrozenNumber(String frozenNumber) {
        this.frozenNumber = frozenNumber;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    void markDeleted(Instant at) {
        this.deletedAt = at;
    }
}
