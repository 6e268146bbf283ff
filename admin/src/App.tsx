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
import { QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Admin, CustomRoutes, Loading, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { agencies } from "./agencies";
import { apiTokens } from "./api-tokens";
import { ApprovalQueue } from "./approvals/ApprovalQueue";
import { assignments } from "./assignments";
import { auditEvents } from "./audit-events";
import { authProvider } from "./authProvider";
import { congresses } from "./congresses";
import { CompletenessPage } from "./dashboard/CompletenessPage";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n/i18nProvider";
import { indicators } from "./indicators";
import { keyTasks } from "./key-tasks";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { Notification } from "./layout/Notification";
import { ProtectedPage } from "./layout/ProtectedPage";
import { theme } from "./layout/theme";
import { measurements } from "./measurements";
import { ProfilePage } from "./reminders/ProfilePage";
import { reminders } from "./reminders";
import { targets } from "./targets";
import { users } from "./users";

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
      <Resource {...measurements} />
      <Resource {...assignments} />
      <Resource {...congresses} />
      <Resource {...keyTasks} />
      <Resource {...targets} />
      <Resource {...indicators} />
      <Resource {...agencies} />
      <Resource {...users} />
      <Resource {...apiTokens} />
      <Resource {...auditEvents} />
      <Resource {...reminders} />
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
