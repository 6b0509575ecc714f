import { Typography } from '@mui/material';
import {
  FunctionField,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import type { CatalogEntry } from './catalog-entry.resource';
import { catalogEntryStateLabel, catalogSubjectKindLabel } from './CatalogEntryList';
import {
  EmergencyWithdrawCatalogEntryButton,
  WithdrawCatalogEntryButton,
} from './WithdrawCatalogEntryButton';

const Body = () => {
  const entry = useRecordContext<CatalogEntry>();
  if (!entry) return null;
  return (
    <Typography
      component="pre"
      variant="body2"
      sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}
      data-testid="catalog-entry-body"
    >
      {entry.body}
    </Typography>
  );
};

export const CatalogEntryShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
        <WithdrawCatalogEntryButton />
        <EmergencyWithdrawCatalogEntryButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="indexNumber" label="索引号" />
      <TextField source="title" label="标题" />
      <TextField source="documentNumber" label="文号" emptyText="—" />
      <FunctionField<CatalogEntry> label="类别" render={(r) => catalogSubjectKindLabel(r.subjectKind)} />
      <ReferenceField
        source="categoryId"
        reference="catalogCategories"
        label="分类"
        link={false}
        emptyText="—"
      >
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="owningDepartmentId" reference="departments" label="处室" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <FunctionField<CatalogEntry> label="状态" render={(r) => catalogEntryStateLabel(r.state)} />
      <NumberField source="entryVersion" label="版本" />
      <TextField source="formedDate" label="生成日期" />
      <ChinaDateField source="publishedAt" label="发布时间" />
      <ReferenceField source="reviewId" reference="reviews" label="保密审查" link="show">
        <TextField source="title" />
      </ReferenceField>
      <TextField source="summary" label="摘要" emptyText="—" />
      <Body />
      <FunctionField<CatalogEntry> label="附件数" render={(r) => `${r.attachmentIds.length} 个`} />
      <ChinaDateField source="withdrawnAt" label="撤下时间" emptyText="—" />
      <TextField source="withdrawalReason" label="撤下理由" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
