import { CATALOG_ENTRY_STATE_LABELS, CATALOG_SUBJECT_KIND_LABELS } from '@gdp/domain';
import type { ExportColumn } from '../../shared/exporter';
import type { CatalogEntry } from './catalog-entry.resource';

/** The catalog as a sheet (条例 art. 12: index number, name, summary, date of forming). */
export const CATALOG_ENTRY_EXPORT_COLUMNS: ExportColumn<CatalogEntry>[] = [
  { source: 'indexNumber', label: '索引号' },
  { source: 'entryVersion', label: '版本' },
  { source: 'title', label: '标题' },
  { source: 'summary', label: '内容概述' },
  { source: 'documentNumber', label: '文号' },
  { source: 'formedDate', label: '成文日期' },
  {
    source: 'subjectKind',
    label: '类别',
    value: (record) => CATALOG_SUBJECT_KIND_LABELS[record.subjectKind],
  },
  { source: 'categoryId', label: '目录分类', reference: 'catalogCategories' },
  { source: 'state', label: '状态', value: (record) => CATALOG_ENTRY_STATE_LABELS[record.state] },
  { source: 'publishedAt', label: '发布时间' },
  { source: 'withdrawalReason', label: '撤下理由' },
];
