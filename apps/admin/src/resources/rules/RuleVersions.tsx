import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Chip,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { shanghaiDateOf } from '@gdp/domain';
import { RecordContextProvider, ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { CopyButton } from '../../shared/CopyButton';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import type { Rule, RuleVersion } from './rule.resource';

/** The full text as issued: line breaks kept, a reading width and line height for long Chinese text. */
const RuleText = ({ text }: { text: string }) => (
  <Box
    data-testid="rule-text"
    sx={{
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      fontSize: 15,
      lineHeight: 1.9,
      maxWidth: 880,
      p: 2,
      bgcolor: 'grey.50',
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
    }}
  >
    {text}
  </Box>
);

const VersionChips = ({ version, rule, today }: { version: RuleVersion; rule: Rule; today: string }) => {
  const translate = useTranslate();
  const isCurrent = rule.currentVersion?.id === version.id;
  const repealed =
    version.repealDate !== null && version.repealDate !== undefined && version.repealDate <= today;
  return (
    <Stack direction="row" spacing={1}>
      {isCurrent && !repealed && (
        <Chip size="small" color="primary" label={translate('gdp.rules.current_version')} />
      )}
      {version.effectiveDate > today && (
        <Chip size="small" color="info" variant="outlined" label={translate('gdp.rules.not_yet_effective')} />
      )}
      {repealed && <Chip size="small" label={translate('gdp.rules.repealed_from')} />}
      {!isCurrent && version.effectiveDate <= today && !repealed && (
        <Chip size="small" variant="outlined" label={translate('gdp.rules.superseded')} />
      )}
    </Stack>
  );
};

/**
 * Every version of a rule, newest first, each with its dates and full text; the version in force today
 * opens expanded (the latest one when none is in force yet).
 */
export const RuleVersions = () => {
  const rule = useRecordContext<Rule>();
  const translate = useTranslate();
  if (!rule) return null;
  // A row opened from the list has no versions until `rule(id)` answers.
  if (!rule.versions) return <LinearProgress sx={{ m: 2 }} />;
  const today = shanghaiDateOf(new Date());
  const versions = [...rule.versions].sort((a, b) => b.versionNumber - a.versionNumber);
  const expanded = rule.currentVersion?.id ?? versions[0]?.id;
  return (
    <Box sx={{ p: 2 }} data-testid="rule-versions">
      <Typography variant="h6" gutterBottom>
        {translate('gdp.rules.versions', { count: versions.length })}
      </Typography>
      {versions.map((version) => (
        <Accordion
          key={version.id}
          defaultExpanded={version.id === expanded}
          disableGutters
          data-testid={`rule-version-${version.versionNumber}`}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
              <Typography sx={{ fontWeight: 'bold' }}>
                {translate('gdp.rules.version_number', { number: version.versionNumber })}
              </Typography>
              <Typography color="text.secondary">
                {translate('gdp.rules.effective_on', { date: formatCalendarDate(version.effectiveDate) })}
              </Typography>
              {version.repealDate && (
                <Typography color="text.secondary">
                  {translate('gdp.rules.repealed_on', { date: formatCalendarDate(version.repealDate) })}
                </Typography>
              )}
              <VersionChips version={version} rule={rule} today={today} />
            </Stack>
          </AccordionSummary>
          <AccordionDetails>
            <Stack spacing={1.5}>
              {version.note && (
                <Typography variant="body2">
                  {translate('resources.rules.fields.note')}：{version.note}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary" component="div">
                {translate('gdp.rules.recorded_at', { at: formatChinaDateTime(version.createdAt) })}
                {'　'}
                {version.createdById ? (
                  <RecordContextProvider value={version}>
                    <ReferenceField source="createdById" reference="users" />
                  </RecordContextProvider>
                ) : (
                  translate('gdp.rules.loaded_by_system')
                )}
              </Typography>
              <RuleText text={version.text} />
              <Box>
                <CopyButton text={version.text} label="gdp.rules.copy_text" />
              </Box>
            </Stack>
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
};
