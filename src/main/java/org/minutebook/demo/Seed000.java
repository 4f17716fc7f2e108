package org.minutebook.demo;

import java.util.List;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.demo.SeedMeeting.Minute;
import org.minutebook.demo.SeedMeeting.PaperText;
import org.minutebook.demo.SeedMeeting.Paragraph;
import org.minutebook.demo.SeedMeeting.Resolution;

/**
 * Seed 000: the West Sussex Health and Wellbeing Board's item 14 on the Ofsted judgement, with seed 004 (the
 * Director's report) as its paper. Text as printed, whitespace folded; bullets become "- " Markdown lines under
 * their paragraph's lead. The seed gives no date, venue or attendance, so the meeting has none.
 */
final class Seed000 {

    static final int FIRST_ITEM_NUMBER = 14;

    static final String TITLE =
            "OFSTED Inspection Judgement of Children's Services and the County Council's Improvement Plan";

    static final String SUMMARY = """
            Following the Ofsted inspection of the County Council’s Children’s Social Care Services in \
            February-March 2019, an ‘inadequate’ judgement was given in Ofsted’s report published on 8 May 2019. \
            The attached report explains the context for the creation of a Children First Practice Improvement Plan.""";

    static final String RECOMMENDATIONS_INTRO = "The Board is asked to:";

    static final List<String> RECOMMENDATIONS = List.of(
            "note the process for the production and delivery of the Children First Practice Improvement Plan, "
                    + "the progress to date and the further actions in hand; and",
            "consider how the Health and Wellbeing Board could contribute to the Children First Improvement Programme.");

    static final String REPORT_AUTHOR = "Director of Children’s Services";
    static final String CONTACT = "John Readman";

    /** Seed 004 in full, as printed (hard line breaks and all): the report behind item 14. */
    static final String REPORT_TITLE = "Report by Director of Children’s Services";
    static final String REPORT = """
             Report by Director of Children’s Services

            Executive Summary

            Following the Ofsted inspection of the County Council’s Children’s Social
            Care Services in February-March 2019, an ‘inadequate’ judgement was
            given in Ofsted’s report published on 8 May 2019.  The current report
            explains the context for the creation of a Children First Practice
            Improvement Plan (‘the Improvement Plan’).  The purpose of the Plan will
            be to demonstrate to the Department for Education that the Council has an
            effective and deliverable plan to address the areas that need to improve.  A
            presentation on the preparation of the Improvement Plan will be made to
            the Board.

            The Health and Wellbeing Board is asked to:

            1)  Note the process for the production and delivery of the Children First
            Practice Improvement Plan, the progress to date and the further actions in
            hand.

            2) Consider how the Health and Wellbeing Board and partnership could
            contribute to the Children First Improvement Programme.

            Background and Context

            1 In February-March 2019, Ofsted (the Office for Standards in Education,
            Children’s Services and Skills) undertook an inspection of the County Council’s
            children’s services.  Ofsted’s subsequent report published on 8 May gave an
            ‘inadequate’ judgement.  A link to the Ofsted Judgement is here.

            2 The judgement listed 12 aspects of the service requiring improvement.  The
            relevant issues can be summarised as: social worker recruitment and caseload
             volumes; the quality and consistency of social work practice; management
            oversight; systems and processes; the timely provision of services;
            permanency for children looked after; care planning and recording; the
            involvement of partners; the corporate parenting function.

            Responding to the Ofsted Judgement

            3 Arising from the judgement, a Statutory Direction from the Department of
            Education (DfE), dated 4 June 2019, requires the County Council to prepare
            an improvement plan.   The purpose of the plan is to demonstrate to the
            Department of Education that the Council has an effective and deliverable
            action plan to address the areas that ‘need to improve’ as identified in the
            inspection report, and to demonstrate its ability and capacity to improve
            children’s services to a satisfactory standard.  The Improvement Plan is
            therefore the mechanism to describe the Council’s action for recovery.

            4 The Council’s Children First Practice Improvement Plan will be submitted to
            the DfE and Ofsted in July.  Ofsted will initially advise whether the Plan
            suitably reflects the findings of the inspection report.

            5 The Secretary of State for Education has appointed, from 4 June 2019, a
            Commissioner for Children’s Services in West Sussex to oversee the Council’s
            response to the Statutory Direction.   The Commissioner is John Coughlan, the
            Chief Executive of Hampshire County Council, and its former Director of
            Children’s Services.

            6 The Commissioner will, over the course of three months following
            appointment, determine whether the Council’s Improvement Plan and the
            actions to be taken to deliver it are likely to be effective.  The outcome of this
            process will inform the Commissioner’s recommendation to the Secretary of
            State in relation to whether or not the County Council should retain
            responsibility for the direct provision of children’s social care services.  The
            Commissioner is expected to report his formal recommendations to the
            Secretary of State by 30 September 2019.

            7 Should the outcome be that the County Council retains operational service
            control and formal adoption of the Improvement Plan can be confirmed, the
            service improvements will be monitored through a sequence of roughly
            quarterly Ofsted monitoring visits that are expected to commence in Autumn
            2019, as agreed between Ofsted and the Director of Children’s Services.
            These will culminate in a re-inspection of the service, probably during
            2020/21.

            Delivering the Improvement Plan for Children’s Services

            8 The Practice Improvement Plan to be submitted is intended to address all the
            issues identified in the inspection.  The County Council commits itself to
            raising the standards of children’s services as its top priority, and this will be
            backed with the necessary focus and resource.  The voice of the child will be
            central to the Improvement Plan and the programme of service transformation
            it represents.  It is intended that the Plan will fully engage and command the
            confidence of service users, staff and partners, and the public.

            9 The delivery of service improvements has already commenced, with a range of
            measures put in hand.  These include:



             Setting up a Children’s Improvement Board, with an independent chair
            to review and challenge the Improvement Plan;

             The appointment of a new Director of Children’s Services with
            experience of overseeing a local authority improvement process;

             The appointment of 5 senior improvement leads;
             Strengthening the role of the Corporate Parenting Panel;
             Investment of £5m to increase the number of social workers from

            November 2018, with a further £5m allocated to the Improvement Plan;
             A Recruitment and Retention programme for social workers – this has

            already resulted, since February 2019, in over 50 permanent social
            workers commencing employment, or with an agreed start date;
            retention levels for existing staff are improving;

             A continuing programme to address the quality of practice: already in
            hand are measures to improve the identification of Neglect; a review to
            improve quality in children’s residential homes; and improvements to
            practice standards and data quality;

             Setting out a major training and development programme for staff, to
            improve social work practice;

             The development of a Children First Practice Improvement Plan, with a
            clear vision and measures of success, which puts the voice and
            experiences of the child at the heart of services.

             Accordingly, the support of the Health and Wellbeing Board and
            partnership is requested for this vital and continuing programme of
            service improvement.

            Contact: John Readman
            Director of Children’s Services
            Tel: 0330 22 22660
            """;

    static final String P14_1 = """
            The Director of Children’s Services presented the report on the Ofsted Inspection and the County \
            Council’s proposed Improvement Plan. The report explained the context for the creation of a Children \
            First Improvement Plan that would demonstrate to the Department for Education that the Council has an \
            effective and deliverable plan to address the areas that need to improve.""";

    static final String P14_2 = """
            In presenting the report the Director of Children’s Services welcomed the Board’s involvement and \
            support and requested the Board’s oversight on the development of the Improvement Plan. The Director \
            of Children’s Services recognised the effectiveness of the Board’s principle to work collaboratively \
            and particularly welcomed its commitment and energy to the multi-agency approach.""";

    static final String P14_3 = """
            The Director of Children’s Services highlighted that:

            - there was a determination across the system in West Sussex to improve Children’s Services and the \
            County Council had committed to raising the standards of Children’s Services as its top priority.
            - arising from the Ofsted judgement a statutory decision from the Department of Education (DFE) \
            required the County Council to prepare an Improvement Plan. The Council’s Children First Practice \
            Improvement Plan would be submitted to the DFE and Ofsted in July 2019.
            - the Secretary of State for Education had appointed, from 4 June 2019, a Commissioner for Children’s \
            Services in West Sussex to oversee the Council’s response to the Statutory Direction. The Commissioner \
            was named as John Coughlan, the Chief Executive of Hampshire County Council. It was noted that \
            Hampshire County Council had achieved an ‘Outstanding’ Ofsted rating for their Children’s Services so \
            their support was valued and welcomed.
            - the Commissioner would determine whether the Council’s Improvement Plan was likely to be effective \
            and would recommend to the Secretary of State whether or not the County Council should retain \
            responsibility for the direct provision of Children’s Social Care Services.
            - The Children First Improvement Plan would be presented to Cabinet at the end of July 2019.""";

    static final String P14_4 = """
            In receiving the report the Board:

            - agreed to support and engage with Children’s Services to develop an effective Improvement Plan;
            - requested a public, transparent process and offered engagement links with supporting agencies;
            - stated that collaborative working would be key and this included data sharing;
            - recognised that this was a system wide issue not just at the County level of Local Government but \
            in the Districts and Boroughs where housing, strong communities, emotional support, health and other \
            priorities were key supports to a Child’s wellbeing;
            - requested that the vital funding for the Integrated Prevention and Early Help (IPHE) be retained.""";

    static final String P14_5 = """
            The Director of Children’s Services stated that the County Council were reviewing investment and \
            should be able to share a revised funding position at the next meeting of the Board.""";

    static final String P14_6 = """
            The Board discussed ways in which they could offer support. It was agreed that:

            - Healthwatch would provide engagement support;
            - the Board would facilitate collaborative working;
            - the Joint Strategic Needs Assessment (JSNA) as a life-course approach for children and young people \
            would be used to offer valuable insight and learning tools;
            - at the launch of the new Joint Health and Wellbeing strategy (JHWS) it was agreed that mental health \
            in children would be prioritised in year 1;
            - collaborative working across the Health and Wellbeing Board and Safeguarding Board and Partnerships \
            would be a priority;
            - a workshop would be arranged at the end of July to allow the Board to support the development of the \
            Improvement Plan.""";

    static final String P14_7 = "The Chairman thanked the Director of Children’s Services for his report.";

    static final String RESOLVED = "Resolved that the Board:";

    /** The seed's own punctuation kept: "; and", and no full stop after c). */
    static final List<String> CLAUSES = List.of(
            "noted the process for the production and delivery of the Children First Practice Improvement Plan, "
                    + "the progress to date and the further actions in hand;",
            "agreed that the Health and Wellbeing Board would contribute to the Children First Improvement "
                    + "Programme; and",
            "would have oversight of the multi-agency activities that relate to the Health and Wellbeing Board "
                    + "within the Children First Practice Improvement Plan");

    // Positions of the paragraphs the demo actions point at (14.5 and 14.6).
    static final int FUNDING_POSITION = 4;
    static final int SUPPORT_AGREED = 5;

    private Seed000() {
    }

    static SeedMeeting.Recorded record(SeedMeeting recorder, long bodyId) {
        var item = new ItemDetails();
        item.setTitle(TITLE);
        item.setSummary(SUMMARY);
        item.setReportAuthor(REPORT_AUTHOR);
        item.setContact(CONTACT);
        item.setRecommendationsIntro(RECOMMENDATIONS_INTRO);
        item.setRecommendations(String.join("\n", RECOMMENDATIONS));
        List<Minute> minutes = List.of(new Paragraph(P14_1), new Paragraph(P14_2), new Paragraph(P14_3),
                new Paragraph(P14_4), new Paragraph(P14_5), new Paragraph(P14_6), new Paragraph(P14_7),
                new Resolution(RESOLVED, CLAUSES));
        return recorder.record(bodyId, FIRST_ITEM_NUMBER, item,
                List.of(new PaperText(REPORT_TITLE, REPORT_AUTHOR, REPORT)), minutes, ItemOutcome.RESOLVED);
    }
}
