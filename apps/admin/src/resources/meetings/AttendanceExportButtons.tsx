import DownloadIcon from '@mui/icons-material/Download';
import GridOnIcon from '@mui/icons-material/GridOn';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import {
  buildExportTable,
  CSV_TYPE,
  downloadFile,
  exportFileName,
  toCsv,
  toXlsx,
  type ExportColumn,
} from '../../shared/exporter';
import { ATTENDANCE_EXPORT_COLUMNS } from './meeting.export';
import type { Meeting, MeetingAttendanceRow } from './meeting.resource';

const headerOf = (column: ExportColumn<MeetingAttendanceRow>) => column.label ?? column.source;

/** The meeting's attendance sheet as CSV or Excel, as the API answers it (no contact of anyone). */
export const AttendanceExportButtons = ({ meeting }: { meeting: Meeting }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const rows = meeting.attendance ?? [];
  if (rows.length === 0) return null;
  const name = `${meeting.caseNumber}-签到情况`;
  async function exportAs(format: 'csv' | 'xlsx') {
    setBusy(true);
    try {
      const table = buildExportTable(rows, ATTENDANCE_EXPORT_COLUMNS, headerOf, { translate, related: {} });
      if (format === 'csv') downloadFile(toCsv(table), exportFileName(name, 'csv'), CSV_TYPE);
      else
        downloadFile(
          await toXlsx(table, '签到情况'),
          exportFileName(name, 'xlsx'),
          'application/octet-stream',
        );
      notify('gdp.action.exported', { type: 'success', messageArgs: { count: rows.length } });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button label="导出签到表（CSV）" onClick={() => void exportAs('csv')} disabled={busy}>
        <DownloadIcon />
      </Button>
      <Button label="导出签到表（Excel）" onClick={() => void exportAs('xlsx')} disabled={busy}>
        <GridOnIcon />
      </Button>
    </>
  );
};
