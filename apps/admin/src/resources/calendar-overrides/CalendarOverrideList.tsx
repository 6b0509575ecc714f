import { Chip, Divider, Stack } from '@mui/material';
import { shanghaiDateOf } from '@gdp/domain';
import {
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  SelectInput,
  TextField,
  TopToolbar,
  required,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { defaultSortOf, MAX_PER_PAGE } from '../../providers/resource-definition';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { CALENDAR_OVERRIDE_EXPORT_COLUMNS } from './calendar-override.export';
import type { CalendarOverride } from './calendar-override.resource';
import { currentYearOf, overrideKindKey, weekdayOf, yearChoices } from './calendar-year';
import {
  AddCalendarOverrideButton,
  EditCalendarOverrideButton,
  RemoveCalendarOverrideButton,
} from './CalendarOverrideActions';
import { CalendarChangeReportProvider } from './CalendarChangeReport';
import { CalendarSpecialDays, CalendarYearPanel } from './CalendarYearPanel';

const calendarOverrideFilters = (currentYear: number) => [
  <SelectInput
    key="year"
    source="year"
    choices={yearChoices(currentYear)}
    validate={required()}
    alwaysOn
    sx={{ minWidth: 140 }}
  />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    trueLabel="gdp.calendar.active"
    falseLabel="gdp.calendar.inactive"
    nullLabel="全部"
    alwaysOn
  />,
];

const CalendarOverrideListActions = () => (
  <TopToolbar>
    <AddCalendarOverrideButton />
    <ExportButtons columns={CALENDAR_OVERRIDE_EXPORT_COLUMNS} />
  </TopToolbar>
);

const KindField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField<CalendarOverride>
      render={(record) => (
        <Chip
          size="small"
          color={record.kind === 'OFF' ? 'error' : 'primary'}
          variant={record.kind === 'OFF' ? 'filled' : 'outlined'}
          label={translate(overrideKindKey(record.kind))}
        />
      )}
    />
  );
};

const StatusField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField<CalendarOverride>
      render={(record) =>
        record.isActive ? (
          <Chip size="small" color="success" variant="outlined" label={translate('gdp.calendar.active')} />
        ) : (
          <Chip size="small" label={translate('gdp.calendar.inactive')} />
        )
      }
    />
  );
};

const RowActions = (_props: { label?: string }) => (
  <Stack direction="row" spacing={1}>
    <EditCalendarOverrideButton />
    <RemoveCalendarOverrideButton />
  </Stack>
);

/**
 * 节假日安排: one year at a time — its standing and (for a provisional year) the confirmation, the bureau's
 * overrides of that year with their changes, then every special day of the year month by month. Every
 * change reports the deadlines it moved. A year has a few dozen overrides at most: one page, no paging.
 */
export const CalendarOverrideList = () => {
  const currentYear = currentYearOf(shanghaiDateOf(new Date()));
  // Every member of staff reads the calendar; only those who keep it get the actions column.
  const { canAccess: keepsCalendar } = useCanAccess({ resource: 'calendarOverrides', action: 'edit' });
  return (
    <CalendarChangeReportProvider>
      <List
        filters={calendarOverrideFilters(currentYear)}
        filterDefaultValues={{ year: currentYear, isActive: true }}
        actions={<CalendarOverrideListActions />}
        exporter={false}
        perPage={MAX_PER_PAGE}
        pagination={false}
        empty={false}
        sort={defaultSortOf('calendarOverrides')}
      >
        <CalendarYearPanel />
        <Divider />
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={<EmptyOverrides />}
          data-testid="calendar-overrides"
        >
          <CalendarDateField source="date" />
          <FunctionField<CalendarOverride>
            label="resources.calendarOverrides.fields.weekday"
            render={(record) => weekdayOf(record.date)}
          />
          <KindField source="kind" label="resources.calendarOverrides.fields.kind" />
          <TextField source="note" sortable={false} />
          <StatusField source="isActive" label="resources.calendarOverrides.fields.isActive" />
          <ChinaDateField source="updatedAt" />
          {keepsCalendar && <RowActions label="gdp.calendar.actions" />}
        </Datagrid>
        <Divider />
        <CalendarSpecialDays />
      </List>
    </CalendarChangeReportProvider>
  );
};

const EmptyOverrides = () => {
  const translate = useTranslate();
  return (
    <Stack sx={{ p: 2, color: 'text.secondary' }} data-testid="calendar-overrides-empty">
      {translate('gdp.calendar.no_overrides')}
    </Stack>
  );
};
