/**
 * The admin panel: react-admin on the server's GraphQL API, signed in with
 * the session cookie, Vietnamese by default. Menus, pages and buttons follow
 * the caller's permissions (authProvider.canAccess); the server decides.
 *
 * Every page checks the session itself (resources, the dashboard, and the
 * custom routes through <Authenticated>) rather than through <Admin
 * requireAuth>: with react-router 7, requireAuth's logout-on-mount kept
 * interrupting the navigation to the sign-in page for about 15 seconds.
 */
import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import BusinessIcon from "@mui/icons-material/Business";
import FlagIcon from "@mui/icons-material/Flag";
import HistoryIcon from "@mui/icons-material/History";
import InsightsIcon from "@mui/icons-material/Insights";
import KeyIcon from "@mui/icons-material/Key";
import NotificationsIcon from "@mui/icons-material/Notifications";
import PeopleIcon from "@mui/icons-material/People";
import StarIcon from "@mui/icons-material/Star";
import TableChartIcon from "@mui/icons-material/TableChart";
import { QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Admin, CustomRoutes, Loading, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { AgencyCreate } from "./agencies/AgencyCreate";
import { AgencyEdit } from "./agencies/AgencyEdit";
import { AgencyList } from "./agencies/AgencyList";
import { AgencyShow } from "./agencies/AgencyShow";
import { ApiTokenCreate } from "./api-tokens/ApiTokenCreate";
import { ApiTokenList } from "./api-tokens/ApiTokenList";
import { ApiTokenShow } from "./api-tokens/ApiTokenShow";
import { ApprovalQueue } from "./approvals/ApprovalQueue";
import { AssignmentCreate } from "./assignments/AssignmentCreate";
import { AssignmentEdit } from "./assignments/AssignmentEdit";
import { AssignmentList } from "./assignments/AssignmentList";
import { AssignmentShow } from "./assignments/AssignmentShow";
import { AuditEventList } from "./audit-events/AuditEventList";
import { AuditEventShow } from "./audit-events/AuditEventShow";
import { authProvider } from "./authProvider";
import { CongressCreate } from "./congresses/CongressCreate";
import { CongressEdit } from "./congresses/CongressEdit";
import { CongressList } from "./congresses/CongressList";
import { CongressShow } from "./congresses/CongressShow";
import { CompletenessPage } from "./dashboard/CompletenessPage";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n/i18nProvider";
import { IndicatorCreate } from "./indicators/IndicatorCreate";
import { IndicatorEdit } from "./indicators/IndicatorEdit";
import { IndicatorList } from "./indicators/IndicatorList";
import { IndicatorShow } from "./indicators/IndicatorShow";
import { KeyTaskCreate } from "./key-tasks/KeyTaskCreate";
import { KeyTaskEdit } from "./key-tasks/KeyTaskEdit";
import { KeyTaskList } from "./key-tasks/KeyTaskList";
import { KeyTaskShow } from "./key-tasks/KeyTaskShow";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { Notification } from "./layout/Notification";
import { ProtectedPage } from "./layout/ProtectedPage";
import { theme } from "./layout/theme";
import { MeasurementCreate } from "./measurements/MeasurementCreate";
import { MeasurementEdit } from "./measurements/MeasurementEdit";
import { MeasurementList } from "./measurements/MeasurementList";
import { MeasurementShow } from "./measurements/MeasurementShow";
import { ProfilePage } from "./reminders/ProfilePage";
import { ReminderList } from "./reminders/ReminderList";
import { TargetCreate } from "./targets/TargetCreate";
import { TargetEdit } from "./targets/TargetEdit";
import { TargetList } from "./targets/TargetList";
import { TargetShow } from "./targets/TargetShow";
import { UserCreate } from "./users/UserCreate";
import { UserEdit } from "./users/UserEdit";
import { UserList } from "./users/UserList";
import { UserShow } from "./users/UserShow";
import { localized } from "./common/localized";

// Pages few people open first load on demand, keeping them out of the first download.
const AssignmentMatrix = lazy(() =>
  import("./assignments/AssignmentMatrix").then((m) => ({ default: m.AssignmentMatrix })),
);
const ReportingPage = lazy(() =>
  import("./reporting/ReportingPage").then((m) => ({ default: m.ReportingPage })),
);

function Page({ page, children }: { page: string; children: ReactNode }) {
  return (
    <ProtectedPage page={page}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ProtectedPage>
  );
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <Admin
      title="Theo dõi thực hiện Nghị quyết"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      dashboard={Dashboard}
      layout={Layout}
      loginPage={LoginPage}
      notification={Notification}
      theme={theme}
      disableTelemetry
    >
      <Resource
        name="Measurement"
        icon={InsightsIcon}
        list={MeasurementList}
        show={MeasurementShow}
        edit={MeasurementEdit}
        create={MeasurementCreate}
        recordRepresentation={(r) => `${r.year} ${r.period}`}
      />
      <Resource
        name="Assignment"
        icon={AssignmentIndIcon}
        list={AssignmentList}
        show={AssignmentShow}
        edit={AssignmentEdit}
        create={AssignmentCreate}
        recordRepresentation={(r) => `${r.role}`}
      />
      <Resource
        name="Congress"
        icon={AccountBalanceIcon}
        list={CongressList}
        show={CongressShow}
        edit={CongressEdit}
        create={CongressCreate}
        recordRepresentation={(r) => `${r.partyCommittee} ${r.termStartYear}–${r.termEndYear}`}
      />
      <Resource
        name="KeyTask"
        icon={StarIcon}
        list={KeyTaskList}
        show={KeyTaskShow}
        edit={KeyTaskEdit}
        create={KeyTaskCreate}
        recordRepresentation={(r) =>
          `${r.ordinal}. ${localized(r, "title", i18nProvider.getLocale())}`
        }
      />
      <Resource
        name="Target"
        icon={FlagIcon}
        list={TargetList}
        show={TargetShow}
        edit={TargetEdit}
        create={TargetCreate}
        recordRepresentation={(r) =>
          `${r.number}. ${localized(r, "title", i18nProvider.getLocale())}`
        }
      />
      <Resource
        name="Indicator"
        icon={TableChartIcon}
        list={IndicatorList}
        show={IndicatorShow}
        edit={IndicatorEdit}
        create={IndicatorCreate}
        recordRepresentation={(r) => `${r.code} ${localized(r, "name", i18nProvider.getLocale())}`}
      />
      <Resource
        name="Agency"
        icon={BusinessIcon}
        list={AgencyList}
        show={AgencyShow}
        edit={AgencyEdit}
        create={AgencyCreate}
        recordRepresentation="shortName"
      />
      <Resource
        name="User"
        icon={PeopleIcon}
        list={UserList}
        show={UserShow}
        edit={UserEdit}
        create={UserCreate}
        recordRepresentation="name"
      />
      <Resource
        name="ApiToken"
        icon={KeyIcon}
        list={ApiTokenList}
        show={ApiTokenShow}
        create={ApiTokenCreate}
        recordRepresentation="name"
      />
      <Resource
        name="AuditEvent"
        icon={HistoryIcon}
        list={AuditEventList}
        show={AuditEventShow}
        recordRepresentation="action"
      />
      <Resource name="Reminder" icon={NotificationsIcon} list={ReminderList} />
      <CustomRoutes>
        <Route
          path="/profile"
          element={
            <ProtectedPage page="profile">
              <ProfilePage />
            </ProtectedPage>
          }
        />
        <Route
          path="/approvals"
          element={
            <ProtectedPage page="approvals">
              <ApprovalQueue />
            </ProtectedPage>
          }
        />
        <Route
          path="/reporting"
          element={
            <Page page="reporting">
              <ReportingPage />
            </Page>
          }
        />
        <Route
          path="/completeness"
          element={
            <Page page="completeness">
              <CompletenessPage />
            </Page>
          }
        />
        <Route
          path="/assignment-matrix"
          element={
            <Page page="assignment-matrix">
              <AssignmentMatrix />
            </Page>
          }
        />
      </CustomRoutes>
    </Admin>
  );
}
