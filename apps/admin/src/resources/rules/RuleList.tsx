import { Typography } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { defaultSortOf } from '../../providers/resource-definition';
import { RULE_CATEGORY_CHOICES, ruleCategoryLabel } from '../../shared/labels';
import { RULE_EXPORT_COLUMNS } from './rule.export';
import type { Rule } from './rule.resource';
import { RuleStatusField } from './RuleFields';

const ruleFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="名称或文号" />,
  <SelectInput key="category" source="category" choices={RULE_CATEGORY_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    trueLabel="gdp.status.active"
    falseLabel="gdp.status.inactive"
    nullLabel="全部"
    alwaysOn
  />,
  <BooleanInput key="currentOnly" source="currentOnly" alwaysOn />,
];

const RuleListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={RULE_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** By title (the API's default; the columns it can sort by sort). Status and current version are as of today. */
export const RuleList = () => (
  <List
    filters={ruleFilters}
    actions={<RuleListActions />}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('rules')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FunctionField<Rule>
        source="title"
        render={(record) => (
          <>
            <Typography component="span" variant="body2" display="block">
              {record.title}
            </Typography>
            {record.documentNumber && (
              <Typography component="span" variant="caption" color="text.secondary">
                {record.documentNumber}
              </Typography>
            )}
          </>
        )}
      />
      <FunctionField<Rule> source="category" render={(record) => ruleCategoryLabel(record.category)} />
      <TextField source="issuingBody" />
      <RuleStatusField source="status" sortable={false} />
      <CalendarDateField
        source="currentVersion.effectiveDate"
        label="resources.rules.fields.currentEffectiveDate"
        sortable={false}
      />
      <NumberField source="versionCount" sortable={false} />
      <ActiveField source="isActive" />
    </Datagrid>
  </List>
);
