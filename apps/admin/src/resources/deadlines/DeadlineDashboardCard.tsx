import AlarmIcon from '@mui/icons-material/Alarm';
import {
  Alert,
  Button,
  Card,
  CardActions,
  CardContent,
  CardHeader,
  Skeleton,
  Typography,
} from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import { DeadlineTotals } from './DeadlineTotals';
import { useDeadlineSummary } from './useDeadlineSummary';

/**
 * The home page's 办理时限 card: the totals of open deadlines within the user's scope and a way to the
 * dashboard. Shown only to those who may read the summary (nothing is asked for anyone else).
 */
export const DeadlineDashboardCard = () => {
  const translate = useTranslate();
  const { data, error, canAccess } = useDeadlineSummary();
  if (!canAccess) return null;
  return (
    <Card data-testid="dashboard-deadlines">
      <CardHeader
        title={translate('gdp.deadlines.card_title')}
        action={<AlarmIcon color="action" sx={{ m: 1 }} />}
      />
      <CardContent>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : data ? (
          <>
            <DeadlineTotals total={data.total} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {data.total.open === 0
                ? translate('gdp.deadlines.summary_empty')
                : translate('gdp.deadlines.summary_as_of', {
                    today: formatCalendarDate(data.today),
                    until: formatCalendarDate(data.dueSoonUntil),
                  })}
            </Typography>
          </>
        ) : (
          <Skeleton variant="rounded" height={72} />
        )}
      </CardContent>
      <CardActions>
        <Button component={Link} to="/deadlines" size="small">
          {translate('gdp.deadlines.open_dashboard')}
        </Button>
      </CardActions>
    </Card>
  );
};
