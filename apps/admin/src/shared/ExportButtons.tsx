import DownloadIcon from '@mui/icons-material/Download';
import GridOnIcon from '@mui/icons-material/GridOn';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useCanAccessCallback,
  useDataProvider,
  useGetResourceLabel,
  useListContext,
  useNotify,
  useResourceContext,
  useResourceDefinitions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import {
  buildExportTable,
  CSV_TYPE,
  downloadFile,
  exportFileName,
  toCsv,
  toXlsx,
  type ExportColumn,
} from './exporter';

/** Rows one export may hold; the data provider reads them in pages of 100. */
export const EXPORT_LIMIT = 5_000;

export type ExportFormat = 'csv' | 'xlsx';

interface ExportButtonsProps<TRecord extends object> {
  columns: readonly ExportColumn<TRecord>[];
  formats?: readonly ExportFormat[];
}

/**
 * Export buttons for a list: every row matching the current filters (up to EXPORT_LIMIT), in the list's
 * order, with the columns and Chinese headers the resource declares, as CSV or Excel. Shown only to those
 * allowed to `export`.
 */
export function ExportButtons<TRecord extends object>({
  columns,
  formats = ['csv', 'xlsx'],
}: ExportButtonsProps<TRecord>) {
  const resource = useResourceContext() ?? '';
  const { filterValues, sort, total } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const checkAccess = useCanAccessCallback();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const getResourceLabel = useGetResourceLabel();
  const definitions = useResourceDefinitions();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  if (!canAccess) return null;

  async function exportAs(format: ExportFormat) {
    setBusy(format);
    try {
      const { data } = await dataProvider.getList<RaRecord>(resource, {
        filter: filterValues,
        pagination: { page: 1, perPage: EXPORT_LIMIT },
        sort, // the order on screen: the data provider passes it when the API can sort by it
      });
      if (data.length === 0) {
        notify('gdp.action.nothing_to_export', { type: 'info' });
        return;
      }
      const allowed = await Promise.all(
        columns.map((column) =>
          column.requires ? checkAccess({ resource, action: column.requires }) : true,
        ),
      );
      const visibleColumns = columns.filter((_column, index) => allowed[index]);
      const related: Record<string, Record<string, string>> = {};
      for (const column of visibleColumns) {
        if (!column.reference || related[column.reference]) continue;
        // Every column naming this resource (a staff change's user, recorder and corrector): one getMany.
        const sources = visibleColumns
          .filter((other) => other.reference === column.reference)
          .map((other) => other.source);
        const ids = [
          ...new Set(
            data
              .flatMap((record) => sources.map((source) => record[source]))
              .filter((id) => id !== null && id !== undefined),
          ),
        ];
        const { data: referenced } = await dataProvider.getMany(column.reference, { ids });
        const represent = definitions[column.reference]?.recordRepresentation;
        related[column.reference] = Object.fromEntries(
          referenced.map((record) => [
            String(record.id),
            typeof represent === 'function'
              ? String(represent(record))
              : typeof represent === 'string'
                ? String(record[represent])
                : String(record.id),
          ]),
        );
      }
      const table = buildExportTable(
        data as unknown as TRecord[],
        visibleColumns,
        (column: ExportColumn<TRecord>) =>
          translate(`resources.${resource}.fields.${column.source}`, { _: column.source }),
        { translate, related },
      );
      const label = getResourceLabel(resource, 2);
      if (format === 'csv') downloadFile(toCsv(table), exportFileName(label, 'csv'), CSV_TYPE);
      else
        downloadFile(await toXlsx(table, label), exportFileName(label, 'xlsx'), 'application/octet-stream');
      notify('gdp.action.exported', { type: 'success', messageArgs: { count: data.length } });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {formats.includes('csv') && (
        <Button
          label={busy === 'csv' ? 'gdp.action.exporting' : 'gdp.action.export_csv'}
          onClick={() => exportAs('csv')}
          disabled={busy !== null || total === 0}
        >
          <DownloadIcon />
        </Button>
      )}
      {formats.includes('xlsx') && (
        <Button
          label={busy === 'xlsx' ? 'gdp.action.exporting' : 'gdp.action.export_xlsx'}
          onClick={() => exportAs('xlsx')}
          disabled={busy !== null || total === 0}
        >
          <GridOnIcon />
        </Button>
      )}
    </>
  );
}
