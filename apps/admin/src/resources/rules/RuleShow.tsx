import { Divider } from '@mui/material';
import {
  EditButton,
  FunctionField,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ruleCategoryLabel } from '../../shared/labels';
import type { Rule } from './rule.resource';
import { RuleStatusField } from './RuleFields';
import { AddRuleVersionButton, RuleRepealDateButton } from './RuleVersionActions';
import { RuleVersions } from './RuleVersions';

const RuleShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <AddRuleVersionButton />
    <RuleRepealDateButton />
    <ActiveToggleButton nameField="title" />
  </TopToolbar>
);

/**
 * The rule's metadata and status today (compact, in rows), then every version with its full text — the
 * text is what people come to read.
 */
export const RuleShow = () => (
  <Show actions={<RuleShowActions />}>
    <SimpleShowLayout
      direction="row"
      flexWrap="wrap"
      useFlexGap
      spacing={3}
      sx={{ '& .RaSimpleShowLayout-row': { minWidth: 160 } }}
    >
      <TextField source="title" />
      <TextField source="documentNumber" emptyText="—" />
      <TextField source="issuingBody" />
      <FunctionField<Rule> source="category" render={(record) => ruleCategoryLabel(record.category)} />
      <RuleStatusField source="status" />
      <CalendarDateField
        source="currentVersion.effectiveDate"
        label="resources.rules.fields.currentEffectiveDate"
        emptyText="gdp.rules.no_current_version"
      />
      <CalendarDateField
        source="currentVersion.repealDate"
        label="resources.rules.fields.currentRepealDate"
      />
      <NumberField source="versionCount" />
      <ActiveField source="isActive" />
      <ReferenceField source="createdById" reference="users" emptyText="gdp.rules.loaded_by_system" />
      <NumberField source="version" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
    <Divider />
    <RuleVersions />
  </Show>
);
