import KeyIcon from '@mui/icons-material/Key';
import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import {
  AppBar,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
  LinkBase,
} from 'react-admin';
import type { ConsoleIdentity } from '../providers/auth-provider';
import { DemoModeMarker } from './DemoModeMarker';
import { NotificationBell } from './NotificationBell';

const UserMenuLink = forwardRef<HTMLAnchorElement, { to: string; label: string; icon: React.ReactNode }>(
  ({ to, label, icon }, ref) => {
    const translate = useTranslate();
    const userMenu = useUserMenu();
    return (
      <MenuItem component={LinkBase} to={to} ref={ref} onClick={() => userMenu?.onClose()}>
        <ListItemIcon>{icon}</ListItemIcon>
        <ListItemText>{translate(label)}</ListItemText>
      </MenuItem>
    );
  },
);
UserMenuLink.displayName = 'UserMenuLink';

const ConsoleUserMenu = () => {
  const { identity } = useGetIdentity();
  const me = identity as ConsoleIdentity | undefined;
  return (
    <UserMenu>
      <UserMenuLink
        to="/change-password"
        label="gdp.auth.change_password"
        icon={<KeyIcon fontSize="small" />}
      />
      {me && !me.totpEnabled && !me.isDemo && (
        <UserMenuLink
          to="/totp-enrolment"
          label="gdp.auth.totp_enrol"
          icon={<PhonelinkLockIcon fontSize="small" />}
        />
      )}
      <Logout />
    </UserMenu>
  );
};

export const ConsoleAppBar = () => (
  <AppBar userMenu={<ConsoleUserMenu />}>
    <TitlePortal />
    <DemoModeMarker />
    <NotificationBell />
  </AppBar>
);
