import {
  DISCLOSURE_ATTRIBUTE_LABELS,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_TYPE_LABELS,
  type DisclosureAttribute,
} from '@gdp/domain';
import type { ExportColumn } from '../../shared/exporter';
import type { Document } from './document.resource';

/** The list as a sheet: the documents' facts as the page shows them (never their text or files). */
export const DOCUMENT_EXPORT_COLUMNS: ExportColumn<Document>[] = [
  { source: 'title', label: '标题' },
  { source: 'documentNumber', label: '文号' },
  { source: 'type', label: '文种', value: (record) => DOCUMENT_TYPE_LABELS[record.type] },
  { source: 'state', label: '状态', value: (record) => DOCUMENT_STATE_LABELS[record.state] },
  {
    source: 'attribute',
    label: '公开属性',
    value: (record) =>
      record.attribute ? DISCLOSURE_ATTRIBUTE_LABELS[record.attribute as DisclosureAttribute] : '',
  },
  { source: 'departmentId', label: '主办处室', reference: 'departments' },
  { source: 'formedDate', label: '成文日期' },
  { source: 'updatedAt', label: '更新时间' },
];
