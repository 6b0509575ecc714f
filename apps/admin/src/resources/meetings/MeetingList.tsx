import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { defaultSortOf } from '../../providers/resource-definition';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { MEETING_CALENDAR_PATH } from './MeetingCalendarPage';
import { FeedbackDeadlineField, MeetingStateField } from './MeetingFields';
import { MEETING_STATE_CHOICES } from './meeting-labels';
import { MEETING_EXPORT_COLUMNS } from './meeting.export';

const meetingFilters = [
  <SearchInput key="search" source="search" alwaysOn placeholder="会议名称或编号" />,
  <SelectInput
    key="state"
    source="state"
    label="状态"
    choices={MEETING_STATE_CHOICES}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100}>
    <AutocompleteInput label="承办处室" optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

const CalendarButton = () => {
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'calendar' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={MEETING_CALENDAR_PATH} label="会议日历">
      <CalendarMonthIcon />
    </Button>
  );
};

const MeetingListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="新建会议" />
    <CalendarButton />
    <ExportButtons columns={MEETING_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** 社会代表列席会议: the latest start first (the API's default), within the departments the user reads. */
export const MeetingList = () => (
  <List
    filters={meetingFilters}
    actions={<MeetingListActions />}
    exporter={false}
    perPage={25}
    empty={false}
    sort={defaultSortOf('meetings')}
  >
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      empty={
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid="meetings-empty">
          没有符合条件的会议
        </Typography>
      }
      sx={{ '& .column-caseNumber, & .column-startsAt': { whiteSpace: 'nowrap' } }}
    >
      <TextField source="caseNumber" label="会议编号" />
      <TextField source="title" label="会议名称" />
      <ReferenceField source="departmentId" reference="departments" link={false} label="承办处室" />
      <ChinaDateField source="startsAt" label="会议开始时间" />
      <TextField source="place" label="会议地点" sortable={false} />
      <MeetingStateField source="state" label="状态" />
      <FeedbackDeadlineField source="feedbackDueDate" label="反馈时限" sortable={false} />
    </Datagrid>
  </List>
);
