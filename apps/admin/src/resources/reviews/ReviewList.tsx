import {
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectInput,
  TextField,
  TopToolbar,
  FilterButton,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { ExportButtons } from '../../shared/ExportButtons';
import { REVIEW_EXPORT_COLUMNS } from './review.export';
import { ChinaDateField } from '../../shared/ChinaDateField';
import {
  REVIEW_STATE_CHOICES,
  REVIEW_SUBJECT_KIND_CHOICES,
  reviewStateLabel,
  labelIn,
} from '../documents/document-labels';
import { REVIEW_SUBJECT_KIND_LABELS } from '@gdp/domain';
import type { Review } from './review.resource';

const subjectKindLabel = labelIn(REVIEW_SUBJECT_KIND_LABELS);

const reviewFilters = [
  <SelectInput key="state" source="state" label="状态" choices={REVIEW_STATE_CHOICES} alwaysOn />,
  <SelectInput
    key="subjectKind"
    source="subjectKind"
    label="审查对象"
    choices={REVIEW_SUBJECT_KIND_CHOICES}
    alwaysOn
  />,
  <NullableBooleanInput
    key="isOpen"
    source="isOpen"
    label="进行中"
    trueLabel="进行中"
    falseLabel="已结束"
    nullLabel="全部"
    alwaysOn
  />,
];

export const ReviewList = () => (
  <List
    title="保密审查"
    filters={reviewFilters}
    exporter={false}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButtons columns={REVIEW_EXPORT_COLUMNS} />
      </TopToolbar>
    }
    sort={defaultSortOf('reviews')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" label="标题" sortable={false} />
      <FunctionField<Review>
        source="subjectKind"
        label="审查对象"
        render={(record) => subjectKindLabel(record.subjectKind)}
      />
      <FunctionField<Review>
        source="state"
        label="状态"
        render={(record) => reviewStateLabel(record.state)}
      />
      <ReferenceField source="owningDepartmentId" reference="departments" label="处室" link={false}>
        <TextField source="name" />
      </ReferenceField>
      <ChinaDateField source="updatedAt" label="更新时间" />
    </Datagrid>
  </List>
);
