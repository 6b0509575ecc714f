import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { CORRECTION_ORDER_STATE_CHOICES } from '../../shared/labels';
import { CORRECTION_ORDER_EXPORT_COLUMNS } from './correction-order.export';
import type { CorrectionOrder } from './correction-order.resource';
import { ReportCorrectionButton, VerifyCorrectionButton } from './CorrectionOrderActions';
import { CaseNumberField, CorrectionOrderStateField } from './CorrectionOrderFields';

const correctionOrderFilters = [
  <SelectInput
    key="state"
    source="state"
    choices={CORRECTION_ORDER_STATE_CHOICES}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

const CorrectionOrderListActions = () => (
  <TopToolbar>
    <ExportButtons columns={CORRECTION_ORDER_EXPORT_COLUMNS} />
  </TopToolbar>
);

const EmptyOrders = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary" data-testid="correction-orders-empty">
      {translate('gdp.correction_orders.list_empty')}
    </Typography>
  );
};

/**
 * 责令改正: a department head sees their own department's orders (the API scopes the list) with the case
 * number and the requirement only; complaint readers see them all. Buttons follow `availableActions`.
 */
export const CorrectionOrderList = () => (
  <List
    filters={correctionOrderFilters}
    actions={<CorrectionOrderListActions />}
    exporter={false}
    perPage={25}
    empty={false}
    sort={defaultSortOf('correctionOrders')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyOrders />}>
      <CaseNumberField source="caseNumber" sortable={false} />
      <ReferenceField source="departmentId" reference="departments" link={false} sortable={false} />
      <FunctionField<CorrectionOrder>
        source="requirement"
        sortable={false}
        render={(record) => (
          <Typography
            component="span"
            variant="body2"
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {record.requirement}
          </Typography>
        )}
      />
      <CalendarDateField source="dueDate" />
      <CorrectionOrderStateField source="state" />
      <ChinaDateField source="reportedAt" emptyText="—" />
      <FunctionField<CorrectionOrder>
        label="gdp.correction_orders.actions"
        render={() => (
          <Box sx={{ display: 'flex', gap: 1, whiteSpace: 'nowrap' }}>
            <ReportCorrectionButton />
            <VerifyCorrectionButton />
          </Box>
        )}
      />
    </Datagrid>
  </List>
);
