import { createRouter, createWebHistory, type Router, type RouterHistory, type RouteRecordRaw } from 'vue-router';
import { resolveNavigation } from './auth/guard';
import { loadViewer } from './auth/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in (sign-in, public notices). */
    public?: boolean;
    /** Needed to open the page; see `viewer.permissions`. */
    permission?: string;
    /** Needed to open the page: a grant of this role (a role's own workspace). */
    role?: string;
    /** i18n key of the page title. */
    titleKey?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./auth/SignInPage.vue'),
    meta: { public: true, titleKey: 'signIn.title' },
  },
  {
    // Public notices (公示) and objections: no account needed.
    path: '/public/notices',
    name: 'public-notices',
    component: () => import('./public/PublicNoticesPage.vue'),
    meta: { public: true, titleKey: 'publicNotices.title' },
  },
  {
    // The rest of /public is reserved for pages that need no account.
    path: '/public/:rest(.*)*',
    name: 'public',
    component: () => import('./errors/NotFoundPage.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
  {
    // The forced password change (one-time or expired password): outside the app's frame, nothing else answers meanwhile.
    path: '/change-password',
    name: 'change-password',
    component: () => import('./accounts/ChangePasswordPage.vue'),
    meta: { titleKey: 'accounts.forcedTitle' },
  },
  {
    // One-time password slips of the accounts just created (held in this tab's memory only).
    path: '/print/account-slips',
    name: 'print-account-slips',
    component: () => import('./accounts/AccountSlipsPrintPage.vue'),
    meta: { permission: 'user:manage', titleKey: 'accounts.slips.title' },
  },
  {
    // Printable documents (print CSS, PDF through the browser's print): outside the app's frame.
    path: '/print/cycles/:id/notice',
    name: 'print-notice',
    component: () => import('./print/PublicNoticePrintPage.vue'),
    props: true,
    meta: { permission: 'assessment:read', titleKey: 'print.noticeTitle' },
  },
  {
    path: '/print/cycles/:id/results-report',
    name: 'print-results-report',
    component: () => import('./announcing/ResultsReportPrintPage.vue'),
    props: true,
    meta: { permission: 'assessment:read', titleKey: 'announcing.title' },
  },
  {
    // No permission here: the person opens their own; the server decides.
    path: '/print/assessments/:id/written-notice',
    name: 'print-written-notice',
    component: () => import('./print/WrittenNoticePrintPage.vue'),
    props: true,
    meta: { titleKey: 'print.writtenTitle' },
  },
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./home/HomePage.vue'), meta: { titleKey: 'nav.home' } },
      {
        path: 'organisations',
        name: 'organisations',
        component: () => import('./organisations/OrganisationsPage.vue'),
        meta: { permission: 'organisation:read', titleKey: 'nav.organisations' },
      },
      {
        // 选任参考: candidate search, candidate lists, promotions and the promoted-excellent share.
        path: 'selection',
        name: 'selection',
        component: () => import('./selection/SelectionPage.vue'),
        meta: { permission: 'selection:read', titleKey: 'selection.title' },
      },
      {
        path: 'selection/cadres/:id',
        name: 'selection-record',
        component: () => import('./selection/SelectionRecordPage.vue'),
        props: true,
        meta: { permission: 'selection:read', titleKey: 'selection.record.title' },
      },
      {
        path: 'selection/lists/:id',
        name: 'candidate-list',
        component: () => import('./selection/CandidateListPage.vue'),
        props: true,
        meta: { permission: 'selection:read', titleKey: 'selection.lists.title' },
      },
      {
        // A leadership team's profile (班子画像); the server checks the organisation lies in the jurisdiction.
        path: 'organisations/:id/profile',
        name: 'team-profile',
        component: () => import('./profiles/TeamProfilePage.vue'),
        props: true,
        meta: { permission: 'assessment:read', titleKey: 'profiles.teamTitle' },
      },
      {
        // 名册导入: templates, export, upload, differences and applying them.
        path: 'roster-import',
        name: 'roster-import',
        component: () => import('./roster/RosterImportPage.vue'),
        meta: { permission: 'roster:import', titleKey: 'nav.rosterImport' },
      },
      {
        path: 'cadres',
        name: 'cadres',
        component: () => import('./cadres/CadresPage.vue'),
        meta: { permission: 'cadre:read', titleKey: 'nav.cadres' },
      },
      {
        // No permission here: a cadre may open their own record; the server decides.
        path: 'cadres/:id',
        name: 'cadre',
        component: () => import('./cadres/CadreDetailPage.vue'),
        props: true,
        meta: { titleKey: 'cadres.detailTitle' },
      },
      {
        // A cadre's record (干部考核档案): the server decides who may read it.
        path: 'cadres/:id/record',
        name: 'cadre-record',
        component: () => import('./outcomes/CadreRecordPage.vue'),
        props: true,
        meta: { titleKey: 'outcomes.record.title' },
      },
      {
        // The cadre's own record; explains itself to an account without a cadre record.
        path: 'my/record',
        name: 'my-record',
        component: () => import('./outcomes/MyRecordPage.vue'),
        meta: { titleKey: 'outcomes.nav.myRecord' },
      },
      {
        // The cadre's own profile (画像); explains itself to an account without a cadre record.
        path: 'my/profile',
        name: 'my-profile',
        component: () => import('./profiles/MyProfilePage.vue'),
        meta: { titleKey: 'profiles.myTitle' },
      },
      {
        // Results application: HR's workspace, opening on the viewer's queue.
        path: 'outcomes',
        name: 'outcomes',
        component: () => import('./outcomes/HrWorkspacePage.vue'),
        meta: { permission: 'outcome:read', titleKey: 'outcomes.nav.hr' },
      },
      {
        // No permission here: the cadre concerned may open their own task; the server decides.
        path: 'outcomes/:id',
        name: 'outcome',
        component: () => import('./outcomes/OutcomeTaskPage.vue'),
        props: true,
        meta: { titleKey: 'outcomes.detail.title' },
      },
      {
        // Outcomes awaiting the viewer's approval (the committee's heavy ones), beside the committee review.
        path: 'review/outcomes',
        name: 'outcome-approvals',
        component: () => import('./outcomes/ApprovalsPage.vue'),
        meta: { permission: 'outcome:read', titleKey: 'outcomes.nav.approvals' },
      },
      {
        // The cadre's own workspace; the page explains itself to an account without a cadre record.
        path: 'my',
        name: 'my',
        component: () => import('./assessments/MyWorkspacePage.vue'),
        meta: { titleKey: 'nav.my' },
      },
      {
        // Everyone signed in has a work queue (it may be empty).
        path: 'queue',
        name: 'queue',
        component: () => import('./assessments/WorkQueuePage.vue'),
        meta: { titleKey: 'nav.queue' },
      },
      {
        // No permission here: the assessed open their own; the server decides.
        path: 'assessments/:id',
        name: 'assessment',
        component: () => import('./assessments/AssessmentDetailPage.vue'),
        props: true,
        meta: { titleKey: 'assessment.detailTitle' },
      },
      {
        // The rater's workspace: ballots waiting for their vote.
        path: 'ballots',
        name: 'ballots',
        component: () => import('./ballots/BallotsPage.vue'),
        meta: { role: 'RATER', titleKey: 'nav.ballots' },
      },
      {
        // 业务考核部门 ("1+N"): the department enters or imports the results of the business assessments it runs.
        path: 'business',
        name: 'business',
        component: () => import('./business/DepartmentBusinessPage.vue'),
        meta: { role: 'DEPARTMENT', titleKey: 'business.dept.title' },
      },
      {
        // The discipline inspection workspace: fault tolerance, accusations, penalties and investigations.
        // Readable by every case reader (the organisation department tracks and verifies corrections);
        // recording and deciding follow the viewer's permissions and each case's availableActions.
        path: 'discipline',
        name: 'discipline',
        component: () => import('./cases/DisciplinePage.vue'),
        meta: { permission: 'case:read', titleKey: 'cases.discipline.title' },
      },
      {
        // A fault-tolerance case: discipline inspection works it; the organisation department verifies the correction.
        path: 'discipline/ft/:id',
        name: 'ft-case',
        component: () => import('./cases/FtCasePage.vue'),
        props: true,
        meta: { permission: 'case:read', titleKey: 'cases.detail.ftTitle' },
      },
      {
        path: 'reviews',
        name: 'reviews',
        component: () => import('./cases/ReviewCasesPage.vue'),
        meta: { permission: 'case:read', titleKey: 'cases.reviews.title' },
      },
      {
        path: 'reviews/:id',
        name: 'review-case',
        component: () => import('./cases/ReviewCasePage.vue'),
        props: true,
        meta: { permission: 'case:read', titleKey: 'cases.reviews.detailTitle' },
      },
      {
        path: 'cycles',
        name: 'cycles',
        component: () => import('./cycles/CyclesPage.vue'),
        meta: { permission: 'assessment:read', titleKey: 'nav.cycles' },
      },
      {
        path: 'cycles/:id',
        name: 'cycle',
        component: () => import('./cycles/CycleDetailPage.vue'),
        props: true,
        meta: { permission: 'assessment:read', titleKey: 'cycles.detailTitle' },
      },
      {
        path: 'review',
        name: 'review',
        component: () => import('./assessments/CommitteeReviewPage.vue'),
        meta: { permission: 'assessment:read', titleKey: 'nav.review' },
      },
      {
        path: 'announcing',
        name: 'announcing',
        component: () => import('./announcing/AnnouncingPage.vue'),
        meta: { permission: 'cycle:manage', titleKey: 'nav.announcing' },
      },
      {
        path: 'notices',
        name: 'notices',
        component: () => import('./notices/NoticesPage.vue'),
        meta: { permission: 'cycle:manage', titleKey: 'nav.notices' },
      },
      {
        path: 'indicators',
        name: 'indicators',
        component: () => import('./indicators/IndicatorsPage.vue'),
        meta: { permission: 'indicator-scheme:read', titleKey: 'indicators.title' },
      },
      {
        path: 'surveys',
        name: 'surveys',
        component: () => import('./surveys/SurveysPage.vue'),
        meta: { permission: 'assessment:read', titleKey: 'surveys.title' },
      },
      {
        path: 'surveys/:id',
        name: 'survey',
        component: () => import('./surveys/SurveyDetailPage.vue'),
        meta: { permission: 'assessment:read', titleKey: 'surveys.title' },
      },
      {
        path: 'account',
        name: 'my-account',
        component: () => import('./accounts/MyAccountPage.vue'),
        meta: { titleKey: 'accounts.myTitle' },
      },
      {
        path: 'users',
        name: 'users',
        component: () => import('./users/UsersPage.vue'),
        meta: { permission: 'user:manage', titleKey: 'nav.users' },
      },
      {
        // My settings (notifications by e-mail): every signed-in user, from the user menu.
        path: 'settings',
        name: 'settings',
        component: () => import('./settings/SettingsPage.vue'),
        meta: { titleKey: 'mail.title' },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('./audit/AuditPage.vue'),
        meta: { permission: 'audit:read', titleKey: 'nav.audit' },
      },
      {
        path: 'rule-sets',
        name: 'rule-sets',
        component: () => import('./rule-sets/RuleSetsPage.vue'),
        meta: { permission: 'rule-set:read', titleKey: 'nav.ruleSets' },
      },
      {
        path: 'calendar',
        name: 'calendar',
        component: () => import('./calendar/CalendarPage.vue'),
        meta: { permission: 'calendar:manage', titleKey: 'calendar.title' },
      },
      { path: '403', name: 'forbidden', component: () => import('./errors/ForbiddenPage.vue'), meta: { titleKey: 'forbidden.title' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./errors/NotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
    ],
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(async (to) => {
    let viewer = null;
    try {
      viewer = await loadViewer();
    } catch {
      // The server could not be asked: treat as signed out; the sign-in page reports errors itself.
      viewer = null;
    }
    return resolveNavigation(to, viewer);
  });
  return router;
}
