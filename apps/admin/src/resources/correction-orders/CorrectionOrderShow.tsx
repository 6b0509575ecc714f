import { Box, Typography } from '@mui/material';
import {
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ReportCorrectionButton, VerifyCorrectionButton } from './CorrectionOrderActions';
import { CaseNumberField, CorrectionOrderStateField } from './CorrectionOrderFields';
import type { CorrectionOrder } from './correction-order.resource';

const CorrectionOrderShowActions = () => (
  <TopToolbar>
    <ListButton />
    <ReportCorrectionButton />
    <VerifyCorrectionButton />
  </TopToolbar>
);

const LongText = ({ source }: { source: 'requirement' | 'reportText' }) => {
  const order = useRecordContext<CorrectionOrder>();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid={`correction-order-${source}`}>
      <Typography variant="body2" color="text.secondary">
        {translate(`resources.correctionOrders.fields.${source}`)}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 880 }}>
        {order[source] ?? translate('gdp.correction_orders.not_reported')}
      </Typography>
    </Box>
  );
};

/**
 * One order to correct: the case number, the department, the handler's requirement and due date, and the
 * department's report — nothing of the complaint itself (a department head reads this page too).
 */
export const CorrectionOrderShow = () => (
  <Show actions={<CorrectionOrderShowActions />}>
    <SimpleShowLayout
      direction="row"
      flexWrap="wrap"
      useFlexGap
      spacing={3}
      sx={{ '& .RaSimpleShowLayout-row': { minWidth: 160 } }}
    >
      <CaseNumberField source="caseNumber" />
      <ReferenceField source="departmentId" reference="departments" link={false} />
      <CalendarDateField source="dueDate" />
      <CorrectionOrderStateField source="state" />
      <ChinaDateField source="reportedAt" emptyText="—" />
      <ReferenceField source="reportedById" reference="users" link={false} emptyText="—" />
      <ChinaDateField source="verifiedAt" emptyText="—" />
      <ReferenceField source="verifiedById" reference="users" link={false} emptyText="—" />
      <NumberField source="version" />
    </SimpleShowLayout>
    <LongText source="requirement" />
    <LongText source="reportText" />
  </Show>
);
