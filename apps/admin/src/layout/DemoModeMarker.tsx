import ScienceIcon from '@mui/icons-material/Science';
import { Chip, Tooltip } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../providers/auth-provider';
import { useServerInfo } from './useServerInfo';

/** “演示模式” whenever the server runs in demo mode or the signed-in account is a demo account. */
export const DemoModeMarker = ({ signedIn = true }: { signedIn?: boolean }) => {
  const translate = useTranslate();
  const { data: serverInfo } = useServerInfo();
  const { identity } = useGetIdentity({ enabled: signedIn });
  const isDemo = serverInfo?.demoMode || (signedIn && (identity as ConsoleIdentity | undefined)?.isDemo);
  if (!isDemo) return null;
  return (
    <Tooltip title={translate('gdp.app.demo_mode_hint')}>
      <Chip
        icon={<ScienceIcon />}
        label={translate('gdp.app.demo_mode')}
        color="warning"
        size="small"
        data-testid="demo-mode-marker"
        sx={{ fontWeight: 'bold', mx: 1 }}
      />
    </Tooltip>
  );
};
