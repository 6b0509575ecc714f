import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { TotpEnrolmentPage } from './auth/TotpEnrolmentPage';
import { Dashboard } from './dashboard/Dashboard';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { ConsoleServicesProvider } from './providers/console-context';
import type { ConsoleProviders } from './providers/console-providers';
import { i18nProvider } from './providers/i18n-provider';
import apiTokens from './resources/api-tokens';
import applications, {
  ApplicationAnnualReportPage,
  ApplicationReplyLetterPage,
} from './resources/applications';
import auditLogs from './resources/audit-logs';
import calendarOverrides from './resources/calendar-overrides';
import complaints from './resources/complaints';
import correctionOrders from './resources/correction-orders';
import deadlines from './resources/deadlines';
import departments from './resources/departments';
import externalAgencies from './resources/external-agencies';
import guideVersions from './resources/guide-versions';
import catalogCategories from './resources/catalog-categories';
import catalogEntries from './resources/catalog-entries';
import documents from './resources/documents';
import consultations from './resources/consultations';
import reviews from './resources/reviews';
import myTasks from './resources/my-tasks';
import notifications from './resources/notifications';
import jobRuns from './resources/job-runs';
import outboxMessages from './resources/outbox-messages';
import meetings, { MeetingCalendarPage, MeetingInvitationLetterPage } from './resources/meetings';
import representatives from './resources/representatives';
import rules from './resources/rules';
import staffChanges from './resources/staff-changes';
import tasks from './resources/tasks';
import users from './resources/users';
import { consoleTheme } from './shared/theme';

export const App = ({ providers }: { providers: ConsoleProviders }) => (
  <ConsoleServicesProvider services={{ api: providers.api, authProvider: providers.authProvider }}>
    <Admin
      title="政务公开管理平台"
      disableTelemetry
      requireAuth
      dataProvider={providers.dataProvider}
      authProvider={providers.authProvider}
      i18nProvider={i18nProvider}
      queryClient={providers.queryClient}
      theme={consoleTheme}
      layout={ConsoleLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
    >
      <Resource name="myTasks" {...myTasks} />
      <Resource name="myNotifications" {...notifications} />
      <Resource name="tasks" {...tasks} />
      <Resource name="departments" {...departments} />
      <Resource name="users" {...users} />
      <Resource name="externalAgencies" {...externalAgencies} />
      <Resource name="staffChanges" {...staffChanges} />
      <Resource name="rules" {...rules} />
      <Resource name="apiTokens" {...apiTokens} />
      <Resource name="auditLogs" {...auditLogs} />
      <Resource name="calendarOverrides" {...calendarOverrides} />
      <Resource name="deadlines" {...deadlines} />
      <Resource name="jobRuns" {...jobRuns} />
      <Resource name="outboxMessages" {...outboxMessages} />
      <Resource name="complaints" {...complaints} />
      <Resource name="correctionOrders" {...correctionOrders} />
      <Resource name="guideVersions" {...guideVersions} />
      <Resource name="catalogCategories" {...catalogCategories} />
      <Resource name="documents" {...documents} />
      <Resource name="reviews" {...reviews} />
      <Resource name="consultations" {...consultations} />
      <Resource name="catalogEntries" {...catalogEntries} />
      <Resource name="applications" {...applications} />
      <Resource name="representatives" {...representatives} />
      <Resource name="meetings" {...meetings} />
      <CustomRoutes>
        <Route path="/applications/annual-report" element={<ApplicationAnnualReportPage />} />
        <Route path="/applications/:id/reply-letter" element={<ApplicationReplyLetterPage />} />
        <Route path="/meetings/calendar" element={<MeetingCalendarPage />} />
        <Route path="/meetings/invitations/:invitationId/letter" element={<MeetingInvitationLetterPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="/totp-enrolment" element={<TotpEnrolmentPage />} />
      </CustomRoutes>
    </Admin>
  </ConsoleServicesProvider>
);
