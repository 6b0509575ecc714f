import GridOnIcon from '@mui/icons-material/GridOn';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { AnnualReportApplicationSection } from '@gdp/domain';
import { useState } from 'react';
import { Title, useCanAccess, useDataProvider, useNotify } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { downloadFile, exportFileName, XLSX_TYPE } from '../../shared/exporter';
import {
  ANNUAL_REPORT_BALANCE_RULE,
  ANNUAL_REPORT_SECTION_TITLE,
  annualReportXlsx,
} from './application-annual-report';
import { AnnualReportTable, balanceMark } from './AnnualReportTable';
import { PrintLayout } from './PrintLayout';

/** The report is made early in the year for the year before: that year first, back to the system's start. */
export function reportYearsFrom(now: Date, firstYear = 2020): number[] {
  const current = Number(now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
  return Array.from({ length: current - firstYear + 1 }, (_, index) => current - index);
}

/**
 * 年度报告·依申请公开情况: section 三 of the annual report for a year, counted by the API from the cases with
 * the domain's rules, its balance check shown; exported as .xlsx with the template's merged headings, or
 * printed.
 */
export const ApplicationAnnualReportPage = () => {
  const years = reportYearsFrom(new Date());
  const [year, setYear] = useState(years[1] ?? years[0]!);
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const { canAccess, isPending: checking } = useCanAccess({
    resource: 'applications',
    action: 'annualReport',
  });
  const { data, error, isPending } = useQuery({
    queryKey: ['applications', 'annualReport', year],
    queryFn: () =>
      dataProvider.runAction<AnnualReportApplicationSection>('applications', 'annualReport', { year }),
    enabled: canAccess === true,
  });
  if (checking) return <LinearProgress sx={{ m: 2 }} />;
  if (!canAccess)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        您无权查看依申请公开年度统计
      </Alert>
    );

  async function exportXlsx(section: AnnualReportApplicationSection) {
    try {
      const blob = await annualReportXlsx(section);
      downloadFile(blob, exportFileName(`${section.year}年度报告-依申请公开情况`, 'xlsx'), XLSX_TYPE);
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    }
  }

  const actions = (
    <>
      <TextField
        select
        size="small"
        label="年度"
        value={year}
        onChange={(event) => setYear(Number(event.target.value))}
        sx={{ width: 140 }}
      >
        {years.map((option) => (
          <MenuItem key={option} value={option}>
            {option} 年
          </MenuItem>
        ))}
      </TextField>
      <Button startIcon={<GridOnIcon />} disabled={!data} onClick={() => data && void exportXlsx(data)}>
        导出 Excel
      </Button>
      <Button component={Link} to="/applications" startIcon={<ArrowBackIcon />}>
        返回列表
      </Button>
    </>
  );
  return (
    <PrintLayout actions={actions}>
      <Title title="年度报告·依申请公开情况" />
      <Typography variant="h6" sx={{ mb: 1 }}>
        {year} 年度 {ANNUAL_REPORT_SECTION_TITLE}
      </Typography>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {data && (
        <Stack spacing={2}>
          <AnnualReportTable section={data} />
          <Alert severity={data.balanced ? 'success' : 'error'} data-testid="annual-report-balance">
            勾稽关系：{ANNUAL_REPORT_BALANCE_RULE} {balanceMark(data)}
            {data.balanced ? '（各列均相符）' : '（有列不相符，请核对案件的收到、办结日期和办理结果）'}
          </Alert>
          <Typography variant="caption" color="text.secondary">
            收到申请按收到申请之日（条例第三十一条）计入年度，办理结果按答复（办结）之日计入；上年结转和结转下年度由案件的办理记录计算。
          </Typography>
        </Stack>
      )}
    </PrintLayout>
  );
};
