import GroupsIcon from '@mui/icons-material/Groups';
import type { Meeting } from './meeting.resource';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export { MeetingCalendarPage } from './MeetingCalendarPage';
export { MeetingInvitationLetterPage } from './MeetingInvitationLetterPage';

/** Meetings change through their workflow; EDIT (meeting details and topics) only while the API offers it. */
export default {
  list: MeetingList,
  create: MeetingCreate,
  edit: MeetingEdit,
  show: MeetingShow,
  icon: GroupsIcon,
  options: { label: '列席会议' },
  recordRepresentation: (record: Meeting) => record.title,
};
