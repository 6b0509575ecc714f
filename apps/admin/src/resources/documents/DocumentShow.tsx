import {
  ATTRIBUTE_RULE_LABELS,
  CATALOG_ENTRY_STATE_LABELS,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_TYPE_LABELS,
} from '@gdp/domain';
import { Alert, Card, CardContent, Typography } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  DateField,
  FunctionField,
  Labeled,
  ListButton,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ContentVersionPanel } from './ContentVersionPanel';
import { attributeLabel, documentStateLabel, labelIn } from './document-labels';
import type { Document } from './document.resource';
import { DocumentReviewLinks, DocumentTimeline } from './DocumentTimeline';
import { ConsultationPanel } from '../consultations/ConsultationPanel';
import { DocumentWorkflowActions } from './DocumentWorkflowActions';

const typeLabel = labelIn(DOCUMENT_TYPE_LABELS);
const purposeLabel = labelIn(DOCUMENT_PURPOSE_LABELS);
const ruleLabel = labelIn(ATTRIBUTE_RULE_LABELS);
const entryStateLabel = labelIn(CATALOG_ENTRY_STATE_LABELS);

/** The attribute as determined, next to the system's proposal and the rule it follows (SPEC M2). */
const AttributePanel = () => {
  const document = useRecordContext<Document>();
  if (!document?.attributeProposal) return null;
  const proposal = document.attributeProposal;
  return (
    <Card variant="outlined" data-testid="attribute-panel">
      <CardContent>
        <Typography variant="subtitle1">公开属性</Typography>
        <Typography variant="body2">
          系统建议：{proposal.attribute ? attributeLabel(proposal.attribute) : '无'}
          {proposal.rule ? `（${ruleLabel(proposal.rule)}）` : ''}
        </Typography>
        {proposal.isForwardedSourceUnset && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            所转发的公文尚未确定公开属性，须重新确定
          </Alert>
        )}
        <Typography variant="body2" sx={{ mt: 1 }}>
          已确定：{attributeLabel(document.attribute)}
          {document.isAttributeDeviation ? '（与系统建议不同）' : ''}
        </Typography>
        {document.attributeReason && (
          <Typography variant="body2">理由：{document.attributeReason}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

const CurrentContent = () => {
  const document = useRecordContext<Document>();
  return (
    <ContentVersionPanel content={document?.currentContent} title="当前内容" testId="document-content" />
  );
};

export const DocumentShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
        <DocumentWorkflowActions />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="title" label="标题" />
      <TextField source="documentNumber" label="文号" emptyText="—" />
      <FunctionField<Document>
        label="文种"
        render={(record) => (record.type === 'OTHER' && record.otherTypeName) || typeLabel(record.type)}
      />
      <FunctionField<Document> label="公文用途" render={(record) => purposeLabel(record.purpose)} />
      <FunctionField<Document> label="状态" render={(record) => documentStateLabel(record.state)} />
      <ReferenceField source="departmentId" reference="departments" label="主办处室" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <ReferenceArrayField source="coDepartmentIds" reference="departments" label="会办处室">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceArrayField source="jointAgencyIds" reference="externalAgencies" label="联合发文机关">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceField
        source="catalogCategoryId"
        reference="catalogCategories"
        label="公开目录分类"
        emptyText="—"
      >
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="forwardedFromId" reference="documents" label="转发的公文" emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <TextField source="summary" label="摘要" emptyText="—" />
      <ChinaDateField source="signedAt" label="签发时间" emptyText="—" />
      <AttributePanel />
      <ConsultationPanel />
      <CurrentContent />
      <Labeled label="保密审查">
        <DocumentReviewLinks />
      </Labeled>
      <ArrayField source="catalogEntries" label="公开目录条目">
        <Datagrid bulkActionButtons={false} rowClick={(id) => `/catalogEntries/${id}/show`} empty={<>暂无</>}>
          <TextField source="indexNumber" label="索引号" />
          <NumberField source="entryVersion" label="版本" />
          <FunctionField<{ state: string }> label="状态" render={(entry) => entryStateLabel(entry.state)} />
          <DateField source="publishedAt" label="发布时间" showTime />
        </Datagrid>
      </ArrayField>
      <Labeled label="办理记录">
        <DocumentTimeline />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
