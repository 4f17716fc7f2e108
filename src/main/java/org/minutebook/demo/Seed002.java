package org.minutebook.demo;

import java.util.List;
import org.minutebook.demo.SeedMeeting.Minute;
import org.minutebook.demo.SeedMeeting.Paragraph;
import org.minutebook.demo.SeedMeeting.Resolution;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;

/**
 * Seed 002: the Children and Young People's Services Scrutiny Committee's item 4 on the Ofsted inspection.
 *
 * <p>The seed prints 4.1, 4.2, 4.3, 4.5, 4.6, 4.7 and the resolution 4.8: it has no 4.4. The numbering engine
 * numbers by order, so here they are 4.1–4.6 and the resolution 4.7. The words are the seed's; only the gap is
 * not reproduced (a record that must keep printed numbers would need them frozen as printed).
 *
 * <p>Nesting as printed: the "Ø" sub-bullets under "12 key areas…" are a nested list ("  - "). Minute 4.6 opens
 * with a "Ø" list of the seven themes followed by a "·" list: written with "* " and "- " markers, so commonmark
 * makes two lists rather than one.
 */
final class Seed002 {

    static final int FIRST_ITEM_NUMBER = 4;

    static final String TITLE = "Ofsted Inspection of Children's Social Care Services";

    // The report-by line and the purpose paragraph, as the seed prints them under the title.
    static final String SUMMARY = """
            Report by the Director of Law and Assurance.

            To enable members to consider the outcome of the recent OFSTED inspection of the County Council’s \
            social care services, to understand the next steps for the Council and the governance arrangements for \
            managing those, including the role of the Select Committee.""";

    static final String P4_1 = """
            The Committee considered a report by the Director of Law and Assurance. The Chairman considered the \
            report as a challenging and disappointing read and invited Louise Goldsmith, Leader of the County \
            Council, to give some reflective words. A summary of the points made by the Leader were as follows:

            - The Ofsted report highlighted a devastating and painful snapshot of the service. This was a \
            watershed time for Children’s Social Care.
            - It is unacceptable for any council that a service be deemed as a lottery, and that some children \
            were not having a good experience.
            - A systemic approach was required throughout the whole council; everybody has a role to play in \
            improving the service.
            - The voice of the child has been quiet, there has not been a relentless focus on this, as is required \
            to improve.
            - The Multi-Agency Safeguarding Hub (MASH) as a gateway to services, Special Educational Needs and \
            Disabilities (SEND), Care Leavers, and efforts into risk and exploitation work were all highlighted as \
            good in the report. Integrated Prevention and Earliest Help (IPEH) also had the right focus but had \
            perhaps distracted from other areas. An inward look needed to be taken to learn from the successes and \
            move forward.
            - Collective working for the Children Looked After (CLA) cohort will consider what can be done \
            differently. The Leader had also spoken and apologised to the Children in Care Council (CiCC).
            - The lead inspector did accept that things were improving, but that it was not currently sustainable. \
            Work was undertaken before the report was published, such as action taken at Full Council on 5 April \
            2019, to redesign the Corporate Parenting Panel (CPP).
            - The next snapshot inspection will show that the work put in together has improved the service.""";

    static final String P4_2 = """
            The Chairman thanked the Leader for her summary and comments, and noted it appeared to be understood \
            throughout the authority the importance of the action required going forward. Paul Marshall, Cabinet \
            Member for Children and Young People, made the following reflective comments:

            - The Cabinet Member felt it highly appropriate to offer a sincere apology to those families involved \
            with the service. He added there was a big commitment to providing the best support possible, and \
            thanked the team for undertaking what will be a very diligent piece of work.
            - The Cabinet Member and senior officers accept wholeheartedly the 12 recommendations made in the \
            Ofsted report, and commit to undertaking these improvements.
            - Although the outcome is a disappointment, it was not unknown that the service required drastic \
            improvement. Turbulence within the social worker cohort, and the closure of Seaside last year \
            identified the need to make a step change, and develop a more robust Children and Family Services.
            - A peer review undertaken in the autumn of 2018 identified the service as fragile, which started \
            several internally and externally led reviews.
            - Investment has been made into a social worker recruitment and retention programme to bring some \
            stability to the cohort, recognising the tough working environment and significant caseloads.
            - £5m has been made available to put pace to the wider transformation. The new Interim Director of \
            Children and Family Services will take the authority on a journey of improvement.
            - Governance arrangements will be reviewed and restructured with Cabinet, the Leader, Executive teams, \
            CPP and scrutiny playing a key role to drive the improvement plan.""";

    static final String P4_3 = """
            The Chairman welcomed John Readman, Interim Director of Children and Family Services, who explained he \
            joined the county council at a critical time. The Interim Director of Children and Family Services \
            outlined his experience of working with local authorities on improvement journeys, and gave the \
            following summary of the inspection:

            - There were 7 inspectors at WSCC for 2 weeks.
            - 12 key areas for improvement were identified, which included the following:
              - Caseloads
              - Staff recruitment and retention
              - Frequent changes in social workers for children
              - Poor consistency in practice
              - Local management and supervisory oversight
              - Child centred systems and processes, including quality assurance arrangements
              - Permanence planning for CLA
              - Care planning, recording and analysis
              - Leadership and partnership
              - Rigour and impact of the CPP
            - ‘Children First’ is the working title for WSCC’s approach to improvement. The absolute priority is to \
            make children safe.
            - The improvement journey will be a long programme of work; commitment must be sustained.
            - An Improvement Plan is in development, with an independently chaired Improvement Board to review and \
            challenge this plan. The Improvement Board has already met, and is now taking on a more formal role in \
            addressing the issues outlined by Ofsted.
            - A social worker training and development programme is in the early stages of being established. £5m \
            was also invested at the end of 2018 to boost recruitment and retention of social workers in West \
            Sussex.""";

    /** Printed 4.5 (the seed has no 4.4); the engine numbers it 4.4. */
    static final String P4_5 = """
            Jackie Wood, Head of Children’s Social Care for Placements, and Sarah Daly, Head of Children’s Social \
            Care, outlined the positives acknowledged in the Ofsted report, and improvement activity to date:

            - The MASH was identified as a timely and effective service, this needed to be repeated in other areas. \
            The UASC team and Care Leaver’s Service were seen to be providing effective support. The CiCC champions \
            the views of children in care, and foster carers were receiving effective support.
            - In September 2019, around 40 Newly Qualified Social Workers would join the authority.
            - A focus on good performance and compliance was being taken.
            - Training to identify and assess neglect had been delivered to all Children’s Social Care staff.
            - 2 social workers have been appointed to lead on pre-birth work, which at the time of the inspection \
            was identified as a concern with unallocated cases.""";

    /** Printed 4.6; the engine numbers it 4.5. The themes' "Ø" list and the "·" list stay two lists. */
    static final String P4_6 = """
            The Interim Director of Children’s Services introduced the ‘Children First’ model, and the 7 themes \
            grouped under this improvement plan:

            * Learning and Development
            * Compliance
            * Effective Leadership
            * Workforce
            * Effective Business Processes
            * Effective Partnerships
            * Whole Service Design.

            - He explained a commissioner would be appointed by the Department for Education (DfE) to work with \
            the County Council.
            - Cabinet Board and the Improvement Board will consider the draft improvement plan to be submitted to \
            the DfE and Ofsted in June.
            - Quarterly monitoring visits would then take place in which the subject area to be considered would \
            be agreed against the improvement plan.
            - The Interim Director of Children’s Services noted he valued the important role of scrutiny alongside \
            the formal Improvement Board, and felt there was a commitment, determination and energy by all to \
            improve the service.""";

    /** Printed 4.7; the engine numbers it 4.6. */
    static final String P4_7 = """
            The Chairman invited the Committee to consider what they could do to support the Cabinet Member and \
            leadership team in the improvement journey. A summary of key questions in response to the report were \
            as follows:

            - Members considered the recent improvements made to the service and questioned if the outcome would \
            have been different if Ofsted had undertaken their inspection in May or June. The Interim Director of \
            Children’s Services explained the inspection process was complex, and it was not possible to determine \
            which cases Ofsted would see. The Executive Director of People added that Ofsted may have seen greener \
            shoots, but it was unlikely that the outcome would have been different. The Cabinet Member added the \
            report cited systemic failures which realistically the service could not overcome in 2 or 3 months. A \
            root and branch realignment was required.
            - The Committee questioned how WSCC was working with partner agencies, and whether there could be \
            learning from other local authorities. Members heard that the newly established Improvement Board \
            comprised a number of partner agencies and was chaired independently. All partners of the Board \
            recognise the seriousness of the report, and this was the correct landscape for constructive engagement \
            with the improvement plan. The Executive Director of People advised WSCC was being more assertive in \
            partnership arenas, which was beginning to deliver results in better engagement. WSCC had informally \
            connected with Hampshire and will wait to be appointed a Partner in Practice. The Interim Director of \
            Children’s Services also noted best practice and learning from the Association of Directors of \
            Children’s Service.
            - Members were concerned that previous reporting to the Committee had indicated things in the service \
            were a lot better than in reality, and considered their role in undertaking more robust scrutiny. The \
            Leader advised how the service deal with data was currently being considered, including how that data \
            is validated. The Chairman and members agreed it was important to consider meaningful data, and the \
            importance of affected families behind these numbers. The Committee also considered how it could engage \
            with frontline staff; a visit to the MASH in the near future would help to start enable this.
            - Members of the Committee expressed concern about the instability of both senior officers in \
            Children’s Social Care, and of membership of the Committee. The service was rated as Requiring \
            Improvement 3 years ago, and in that time had continued to deteriorate. It was discussed that stability \
            was crucial in order to bring about the change required. The Leader advised that the inspection was \
            more granular than the previous regime, that she had confidence in the Cabinet Member and his 2 \
            advisors, and that churn on the Committee was inevitable and unavoidable. The Leader agreed that \
            improvement had not been accelerated enough, and that a cultural shift was required.
            - The Committee were concerned about the burden carried by social workers, and although acknowledged \
            the retention package, considered if there was a professional development programme for those already \
            in place. The Interim Director of Children’s Services agreed that for frontline practitioners to grow \
            and develop, they needed to feel safe and valued and advised a major training and development \
            programme was being established.""";

    static final String RESOLVED = "Resolved that the Committee:";

    /** Printed 4.8, clauses "1." to "6." (the body's house style marks them so). */
    static final List<String> CLAUSES = List.of(
            "Expects to be continuously updated with the opportunity to consider the delivery of the improvement "
                    + "plan at each meeting, in particular, the outcome of quarterly inspection meetings, and invite the "
                    + "Chairman of the Improvement Board and Chairman of the CPP to attend future meetings at the "
                    + "appropriate time.",
            "Ask that the CYPSSC Chairman meet with the Cabinet Member, Chairman of the Improvement Board, Interim "
                    + "Director of Children’s Services and Chairman of the Corporate Parenting Panel (CPP) on a regular "
                    + "basis and feed back to the Committee.",
            "Invite the Chairman of the CPP to all BPG meetings to explore current issues and ensure Children Looked "
                    + "After (CLA) are at the centre of work programme planning.",
            "Explore the use of witnesses both in and away from formal meetings, and how Committee members can best "
                    + "understand all areas of the service to ensure that members hear the voice of families, service "
                    + "users and frontline staff.",
            "Will meet informally to reflect upon the outcomes from the Ofsted report, with a special focus on "
                    + "effectiveness and impact, and agree an approach for how the Committee will scrutinise Children’s "
                    + "Social Care items moving forward, to include how information is shared with the wider "
                    + "membership of the County Council.",
            "Requests progress on all recommendations of the above to be reported to the September meeting.");

    /** Position of the resolution, whose clause 6 the demo's progress-report action comes from. */
    static final int RESOLUTION = 6;

    private Seed002() {
    }

    static SeedMeeting.Recorded record(SeedMeeting recorder, long bodyId) {
        var item = new ItemDetails();
        item.setTitle(TITLE);
        // The report-by line stays in the summary as printed, so no separate report author repeats it.
        item.setSummary(SUMMARY);
        List<Minute> minutes = List.of(new Paragraph(P4_1), new Paragraph(P4_2), new Paragraph(P4_3),
                new Paragraph(P4_5), new Paragraph(P4_6), new Paragraph(P4_7), new Resolution(RESOLVED, CLAUSES));
        return recorder.record(bodyId, FIRST_ITEM_NUMBER, item, List.of(), minutes, ItemOutcome.RESOLVED);
    }
}
