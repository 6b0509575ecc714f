import { Avatar, Box, Card, CardContent, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { DemoModeMarker } from '../layout/DemoModeMarker';

/** The frame of the sign-in pages: the platform's name, the demo marker, one card. */
export const AuthCard = ({
  title,
  children,
  width = 400,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) => {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'flex-start',
        pt: '10vh',
        background: 'linear-gradient(160deg, #7f1010 0%, #b71c1c 45%, #f3e5e5 45.1%, #fafafa 100%)',
      }}
    >
      <Typography variant="h4" sx={{ color: '#fff', mb: 0.5, fontWeight: 600, letterSpacing: 4 }}>
        {translate('gdp.app.title')}
      </Typography>
      <Typography sx={{ color: 'rgba(255,255,255,0.85)', mb: 3 }}>{translate('gdp.app.subtitle')}</Typography>
      <Card sx={{ width, maxWidth: '94vw' }}>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <AccountBalanceIcon />
            </Avatar>
            <Typography variant="h6" sx={{ flex: 1 }}>
              {title}
            </Typography>
            <DemoModeMarker signedIn={false} />
          </Box>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
};
