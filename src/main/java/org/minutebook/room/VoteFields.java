package org.minutebook.room;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.minutes.Vote;

/**
 * An optional recorded vote: for, against, abstentions, and the chair's casting vote, offered only on a tie.
 * The service decides what is allowed; its refusals come back beside the field they name.
 */
class VoteFields extends Div {

    final Checkbox recorded = new Checkbox("Record a vote");
    final IntegerField votesFor = count("For");
    final IntegerField votesAgainst = count("Against");
    final IntegerField abstentions = count("Abstentions");
    final RadioButtonGroup<Boolean> casting = new RadioButtonGroup<>("The chair's casting vote");
    private final Div counts = new Div(votesFor, votesAgainst, abstentions);

    VoteFields() {
        addClassName("clerk-vote");
        counts.addClassName("vote-counts");
        casting.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        casting.setItemLabelGenerator(b -> b ? "For" : "Against");
        casting.setHelperText("The votes are tied: the chair decides.");
        recorded.addValueChangeListener(e -> update());
        votesFor.addValueChangeListener(e -> update());
        votesAgainst.addValueChangeListener(e -> update());
        add(recorded, counts, casting);
        update();
    }

    void set(MinuteParagraph p) {
        boolean has = p != null && p.getVotesFor() != null;
        recorded.setValue(has);
        if (has) {
            votesFor.setValue(p.getVotesFor());
            votesAgainst.setValue(p.getVotesAgainst());
            abstentions.setValue(p.getAbstentions());
            casting.setValue(p.getCastingVoteFor());
        }
        update();
    }

    /** The vote as typed, or null when none is recorded; empty counts are nought. */
    Vote value() {
        if (!recorded.getValue()) {
            return null;
        }
        return new Vote(n(votesFor), n(votesAgainst), n(abstentions), casting.isVisible() ? casting.getValue() : null);
    }

    /** The fields a refusal may name (see MinutesService's InvalidField). */
    Map<String, HasValidation> fields() {
        return Map.of("votesFor", votesFor, "votesAgainst", votesAgainst, "abstentions", abstentions, "castingVote", casting);
    }

    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    boolean tied() {
        return recorded.getValue() && Objects.equals(n(votesFor), n(votesAgainst));
    }

    private void update() {
        counts.setVisible(recorded.getValue());
        casting.setVisible(tied());
    }

    private static int n(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private static IntegerField count(String label) {
        var f = new IntegerField(label);
        f.setMin(0);
        f.setStepButtonsVisible(true);
        f.setValueChangeMode(ValueChangeMode.EAGER);
        f.setWidth("8rem");
        return f;
    }
}
