import { CreateButton, Datagrid, List, NullableBooleanInput, NumberField, TopToolbar } from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { defaultSortOf } from '../../providers/resource-definition';
import { GuideStatusField } from './GuideStatusField';
import { ExportButtons } from '../../shared/ExportButtons';
import { GUIDE_VERSION_EXPORT_COLUMNS } from './guide-version.export';

const guideVersionFilters = [
  <NullableBooleanInput
    key="isPublished"
    source="isPublished"
    trueLabel="gdp.guide.status.published"
    falseLabel="gdp.guide.status.draft"
    nullLabel="全部"
    alwaysOn
  />,
];

const GuideVersionListActions = () => (
  <TopToolbar>
    <CreateButton label="gdp.guide.new_draft" />
    <ExportButtons columns={GUIDE_VERSION_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Newest version first; the published one with the latest date is the current guide. */
export const GuideVersionList = () => (
  <List
    filters={guideVersionFilters}
    actions={<GuideVersionListActions />}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('guideVersions')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="versionNumber" />
      <GuideStatusField label="resources.guideVersions.fields.status" />
      <ChinaDateField source="publishedAt" emptyText="—" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" sortable={false} />
    </Datagrid>
  </List>
);
