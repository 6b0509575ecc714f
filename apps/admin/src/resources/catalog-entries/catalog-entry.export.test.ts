import { describe, expect, it } from 'vitest';
import { buildExportTable } from '../../shared/exporter';
import { CATALOG_ENTRY_EXPORT_COLUMNS } from './catalog-entry.export';
import type { CatalogEntry } from './catalog-entry.resource';

describe('catalog entries as a sheet', () => {
  it('has the art. 12 columns in Chinese, names categories and never carries the body', () => {
    const entry = {
      id: 'e1',
      indexNumber: '000000000/2026-00001',
      entryVersion: 2,
      title: '关于做好安全检查的通知',
      summary: '=检查安排',
      body: '正文全文',
      documentNumber: '文旅〔2026〕1号',
      formedDate: '2026-11-26',
      subjectKind: 'DOCUMENT',
      categoryId: 'c1',
      state: 'WITHDRAWN',
      publishedAt: '2026-11-26T02:00:00.000Z',
      withdrawalReason: '紧急撤下：泄露',
    } as unknown as CatalogEntry;
    const table = buildExportTable([entry], CATALOG_ENTRY_EXPORT_COLUMNS, (column) => column.source, {
      translate: (key) => key,
      related: { catalogCategories: { c1: '通知公告' } },
    });
    expect(table.headers).toEqual([
      '索引号',
      '版本',
      '标题',
      '内容概述',
      '文号',
      '成文日期',
      '类别',
      '目录分类',
      '状态',
      '发布时间',
      '撤下理由',
    ]);
    const [row] = table.rows;
    expect(row).toContain('通知公告');
    expect(row).toContain('已撤下');
    // A summary starting like a formula is neutralised; the body is no column.
    expect(row).toContain("'=检查安排");
    expect(row.join('|')).not.toContain('正文全文');
  });
});
