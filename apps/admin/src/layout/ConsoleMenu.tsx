import { ListSubheader } from '@mui/material';
import { Menu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';

/** The menu, grouped by module (SPEC §3); later modules add their groups here. */
export const MENU_GROUPS: ReadonlyArray<{ label: string; resources: readonly string[] }> = [
  {
    label: 'gdp.menu.workbench',
    resources: ['myTasks', 'myNotifications', 'tasks', 'deadlines', 'calendarOverrides'],
  },
  {
    label: 'gdp.menu.disclosure',
    resources: [
      'documents',
      'reviews',
      'applications',
      'catalogEntries',
      'guideVersions',
      'catalogCategories',
    ],
  },
  { label: 'gdp.menu.complaints', resources: ['complaints', 'correctionOrders'] },
  { label: 'gdp.menu.meetings', resources: ['meetings', 'representatives'] },
  { label: 'gdp.menu.organisation', resources: ['departments', 'users', 'externalAgencies'] },
  { label: 'gdp.menu.ledger', resources: ['staffChanges', 'rules'] },
  { label: 'gdp.menu.security', resources: ['apiTokens', 'auditLogs'] },
  { label: 'gdp.menu.system', resources: ['outboxMessages', 'jobRuns'] },
];

const MenuGroup = ({ label, resources }: { label: string; resources: readonly string[] }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: [...resources] });
  if (isPending || !resources.some((resource) => canAccess?.[resource])) return null;
  return (
    <>
      {open && (
        <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {translate(label)}
        </ListSubheader>
      )}
      {resources.map((resource) => (
        <Menu.ResourceItem key={resource} name={resource} />
      ))}
    </>
  );
};

export const ConsoleMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    {MENU_GROUPS.map((group) => (
      <MenuGroup key={group.label} label={group.label} resources={group.resources} />
    ))}
  </Menu>
);
