package org.minutebook.demo;

import java.util.List;
import org.minutebook.demo.SeedMeeting.Minute;
import org.minutebook.demo.SeedMeeting.Paragraph;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;

/**
 * Seed 003: another county's Health and Wellbeing Board on its own "inadequate" judgement. A different shape:
 * the body numbers neither items nor paragraphs, the discussion is a bullet list, and there is no resolution,
 * so the item ends noted.
 */
final class Seed003 {

    static final String TITLE = "OFSTED Inspection of Services for children in need of help and protection, "
            + "children looked after and care leavers";

    static final String P1 = """
            Catherine Driscoll updated the Board regarding the action plan which had been put in place since the \
            Ofsted report on 24 January judged services to be inadequate.""";

    static final String P2 = """
            The report contained 14 recommendations which have led to a wide ranging improvement plan being \
            developed with 8 high level outcomes. County Council had agreed to further resources being made \
            available to help with the improvements. Ofsted stated that they had seen improvements since their last \
            visit but improvements were not progressing fast enough. Meetings at strategic level must constantly \
            look at themselves to see what difference they are making to children and their families.""";

    // The seed's bullets end without full stops, as printed.
    static final String P3 = """
            In the ensuing discussion the following points were made:

            - The whole County Council was responsible for turning things around and all partner agencies had a \
            responsibility to help with improvement. District Councils accepted they had an input, especially with \
            housing. Meetings had taken place between Chief Executives and Leaders of local councils as well as \
            with housing suppliers
            - The District Council Representatives on the Board stated that they reported back to their own \
            Executive Board briefings but not publically to the rest of the Council
            - The Chairman allowed Councillor Vickery, who was not a Board Member to address the Board. Councillor \
            Vickery pointed out that a question had been asked in Council on 9 February 2017 suggesting that the \
            County Council should call for assistance from outside the Council. The suggestion was not accepted by \
            Council. He wondered how far you could expect individual councillors to take responsibility for the \
            service to 700 children. He said he had concerns regarding the sub group of the HWB which never met; \
            the Corporate Parenting Board which was not allowed to carry out scrutiny; the HWB which was not a \
            scrutiny Board; and wondered how individual councillors were expected to exercise oversight? He felt \
            there needed to be some clear instructions regarding what was expected from Councillors corporately \
            and individually so there would be effective change
            - In response the Chief Executive said that all Councillors have a Corporate Parenting responsibility \
            even though they may sit on different Boards and have various responsibilities because of the roles \
            they fill. It was suggested that the responsibilities for Councillors could be clarified in the \
            induction for new Councillors after the election
            - One of the Cabinet members responded that it depended on the individual Councillor and what was asked \
            of them. Councillor Vickery knew the responsibilities of constituency Councillor but could not come to \
            terms with the Corporate responsibility being shared equally, regardless of their roles and experience \
            which were not equal. Should the Board take on any actions? The Chairman responded that he was \
            confident in the plan that had been put in place
            - It was clarified that the HWB had the strategic overview and ensured the wider, system wide view from \
            all Partners was considered rather than just the view of the County Council. The HWB did not have \
            responsibility for Children's safeguarding, it was a strategic Board. The Chief Executive was clear \
            that the response was a Corporate one, a whole system response and all members needed to be engaged.""";

    private Seed003() {
    }

    static SeedMeeting.Recorded record(SeedMeeting recorder, long bodyId) {
        var item = new ItemDetails();
        item.setTitle(TITLE);
        List<Minute> minutes = List.of(new Paragraph(P1), new Paragraph(P2), new Paragraph(P3));
        // The body numbers nothing, so the first item number only satisfies the meeting's own rule (1 or more).
        return recorder.record(bodyId, 1, item, List.of(), minutes, ItemOutcome.NOTED);
    }
}
