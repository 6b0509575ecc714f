import { graphql } from '../../graphql/generated';

/**
 * A meeting as the list and its export show it, with the feedback deadline (read for the whole page in one
 * statement). No `availableActions`: the API decides them from the meeting's facts with queries per row.
 */
export const MeetingListFields = graphql(`
  fragment MeetingListFields on Meeting {
    id
    caseNumber
    title
    departmentId
    startsAt
    plannedEndsAt
    place
    seats
    state
    endedAt
    feedbackSentAt
    deadlineId
    feedbackDueDate
    feedbackStanding
    feedbackMetAt
    version
    createdAt
    updatedAt
  }
`);

/** An invitation as the organizer handles it: no contact of the representative. */
export const MeetingInvitationFields = graphql(`
  fragment MeetingInvitationFields on MeetingInvitation {
    id
    meetingId
    caseNumber
    representativeId
    representative {
      id
      name
      type
      organisation
    }
    topicIds
    state
    sequence
    noticeChannel
    respondedAt
    withdrawnReason
    checkedInAt
    checkedInBy
    isLate
    departedAt
    departedAfterTopicId
    attendancePublic
    isInterestFlagged
    interestDeclarations {
      id
      topicId
      hasDirectInterest
      isFlagged
      note
      declaredAt
    }
    availableActions
    version
  }
`);

export const MeetingOpinionFields = graphql(`
  fragment MeetingOpinionFields on MeetingOpinion {
    id
    meetingId
    invitationId
    topicId
    kind
    source
    content
    recordedAt
    recordedById
    adoption
    adoptionExplanation
    adoptionRecordedAt
    version
  }
`);

/**
 * One meeting with the actions it offers now, its topics, invitations, opinions, the attendance sheet and the
 * results' reviews: what `meeting(id)` and every step answer.
 */
export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingListFields
    availableActions
    postponeReason
    cancelReason
    startedAt
    minutes
    decisions
    topics {
      id
      position
      title
      description
      representativesMayAttend
      category
      seats
    }
    invitations {
      ...MeetingInvitationFields
    }
    opinions {
      ...MeetingOpinionFields
    }
    attendance {
      caseNumber
      representativeName
      representativeType
      organisation
      state
      topics
      checkedInAt
      isLate
      departedAt
      departedAfterTopic
      attendancePublic
      isInterestFlagged
    }
    resultReviews {
      id
      title
      state
      createdAt
    }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $page: PageInput, $sort: SortInput) {
    meetings(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...MeetingListFields
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const MeetingsCalendarQuery = graphql(`
  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {
    meetingsCalendar(from: $from, to: $to) {
      id
      caseNumber
      title
      departmentId
      startsAt
      plannedEndsAt
      place
      state
    }
  }
`);

/** A reprint: the letter without the access code (stored hashed). */
export const InvitationLetterQuery = graphql(`
  query InvitationLetter($invitationId: ID!) {
    invitationLetter(invitationId: $invitationId) {
      title
      paragraphs
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: MeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const PostponeMeetingMutation = graphql(`
  mutation PostponeMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {
    postponeMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const RescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($id: ID!, $version: Int!, $input: RescheduleMeetingInput!) {
    rescheduleMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!, $input: MeetingReasonInput!) {
    cancelMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const StartMeetingMutation = graphql(`
  mutation StartMeeting($id: ID!, $version: Int!) {
    startMeeting(id: $id, version: $version) {
      ...MeetingFields
    }
  }
`);

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($id: ID!, $version: Int!, $input: CloseMeetingInput!) {
    closeMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const SendMeetingFeedbackMutation = graphql(`
  mutation SendMeetingFeedback($id: ID!, $version: Int!) {
    sendMeetingFeedback(id: $id, version: $version) {
      ...MeetingFields
    }
  }
`);

export const SubmitMeetingResultsMutation = graphql(`
  mutation SubmitMeetingResults($id: ID!, $version: Int!) {
    submitMeetingResults(id: $id, version: $version) {
      ...MeetingFields
    }
  }
`);

/** The access code and the letter carrying it are answered once, here. */
export const InviteRepresentativeMutation = graphql(`
  mutation InviteRepresentative($meetingId: ID!, $input: InviteRepresentativeInput!) {
    inviteRepresentative(meetingId: $meetingId, input: $input) {
      caseNumber
      accessCode
      letter {
        title
        paragraphs
      }
      invitation {
        ...MeetingInvitationFields
      }
    }
  }
`);

export const ReissueInvitationCodeMutation = graphql(`
  mutation ReissueInvitationCode($id: ID!, $version: Int!) {
    reissueInvitationCode(id: $id, version: $version) {
      caseNumber
      accessCode
      letter {
        title
        paragraphs
      }
      invitation {
        ...MeetingInvitationFields
      }
    }
  }
`);

export const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!, $version: Int!, $reason: String!) {
    withdrawInvitation(id: $id, version: $version, reason: $reason) {
      ...MeetingInvitationFields
    }
  }
`);

export const RecordInvitationResponseMutation = graphql(`
  mutation RecordInvitationResponse($id: ID!, $version: Int!, $accept: Boolean!) {
    recordInvitationResponse(id: $id, version: $version, accept: $accept) {
      ...MeetingInvitationFields
    }
  }
`);

export const CheckInRepresentativeMutation = graphql(`
  mutation CheckInRepresentative($id: ID!, $version: Int!, $at: DateTimeISO) {
    checkInRepresentative(id: $id, version: $version, at: $at) {
      ...MeetingInvitationFields
    }
  }
`);

export const RecordRepresentativeDepartureMutation = graphql(`
  mutation RecordRepresentativeDeparture($id: ID!, $version: Int!, $afterTopicId: ID!) {
    recordRepresentativeDeparture(id: $id, version: $version, afterTopicId: $afterTopicId) {
      ...MeetingInvitationFields
    }
  }
`);

export const RecordMeetingOpinionMutation = graphql(`
  mutation RecordMeetingOpinion($meetingId: ID!, $input: MeetingOpinionInput!) {
    recordMeetingOpinion(meetingId: $meetingId, input: $input) {
      ...MeetingOpinionFields
    }
  }
`);

export const RecordMeetingSpeechMutation = graphql(`
  mutation RecordMeetingSpeech($meetingId: ID!, $input: MeetingSpeechInput!) {
    recordMeetingSpeech(meetingId: $meetingId, input: $input) {
      ...MeetingOpinionFields
    }
  }
`);

export const RecordOpinionAdoptionMutation = graphql(`
  mutation RecordOpinionAdoption($id: ID!, $version: Int!, $input: OpinionAdoptionInput!) {
    recordOpinionAdoption(id: $id, version: $version, input: $input) {
      ...MeetingOpinionFields
    }
  }
`);
