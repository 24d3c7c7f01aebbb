import fs from 'node:fs';
import path from 'node:path';

/**
 * The GraphQL each main page of each role makes, taken from the web's own
 * generated documents (web/src/gql/graphql.ts): a page is the operations it
 * sends on opening, with the variables it sends them with.
 */

/** Every operation of the web by name, read from the generated documents. */
export function webOperations(root: string): Map<string, string> {
  const source = fs.readFileSync(path.join(root, 'web/src/gql/graphql.ts'), 'utf8');
  const ops = new Map<string, string>();
  for (const match of source.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)) ops.set(match[1]!, match[2]!);
  return ops;
}

export interface PageIds {
  cycleId: string;
  rootId: string;
  /** Units of the province with assessments, as a review queue shows them (at most 50). */
  unitIds: string[];
}

/** Queries of the API no page sends yet, measured beside the pages. */
export const EXTRA_OPERATIONS: Record<string, string> = {
  QuotaSummary: `query QuotaSummary($cycleId: ID!, $organisationId: ID) { quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {
    pools over full tight graded allowed used proposed regions { organisationId organisationName pools over full tight graded allowed used proposed } } }`,
  QuotaPoolPage: `query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $first: Int!) { quotaPoolPage(cycleId: $cycleId, organisationId: $organisationId, first: $first) {
    totalCount nodes { organisationId organisationName subject rankLevel graded allowed used proposed standing regionId } pageInfo { hasNextPage endCursor } } }`,
};

export interface BenchPage {
  role: string;
  /** The route in the web. */
  route: (ids: PageIds) => string;
  /** Queries no page of the web sends yet: timed over HTTP only. */
  apiOnly?: boolean;
  /** The operations the page sends on opening, with their variables. */
  operations: (ids: PageIds) => Array<[string, Record<string, unknown>]>;
}

const SHELL: Array<[string, Record<string, unknown>]> = [['Me', {}]];

/** The main pages of every role over the synthetic province. */
export const PAGES: BenchPage[] = [
  {
    role: 'orgadmin',
    route: () => '/',
    operations: () => [...SHELL, ['HomeOrganisationCount', {}], ['HomeCadreCount', {}], ['WorkQueueCount', {}]],
  },
  { role: 'orgadmin', route: () => '/cycles', operations: () => [...SHELL, ['Cycles', {}]] },
  {
    role: 'orgadmin',
    route: ({ cycleId }) => `/cycles/${cycleId}`,
    operations: ({ cycleId }) => [...SHELL, ['CycleDetail', { id: cycleId }], ['CycleReport', { cycleId }]],
  },
  {
    role: 'orgadmin',
    route: () => '/cadres',
    operations: () => [...SHELL, ['Cadres', { first: 50 }]],
  },
  {
    role: 'orgadmin',
    route: () => '/organisations',
    operations: ({ rootId }) => [...SHELL, ['Organisations', { first: 50, parentId: rootId }]],
  },
  { role: 'assessor', route: () => '/queue', operations: () => [...SHELL, ['WorkQueue', { first: 50 }]] },
  {
    role: 'committee',
    route: () => '/review',
    operations: ({ cycleId, unitIds }) => [...SHELL, ['ReviewQueue', { first: 50 }], ['QuotaPoolsOf', { cycleId, organisationIds: unitIds, teams: true }]],
  },
  {
    role: 'committee',
    route: ({ cycleId }) => `/cycles/${cycleId} (quota summary and first page of pools)`,
    apiOnly: true,
    operations: ({ cycleId }) => [...SHELL, ['QuotaSummary', { cycleId }], ['QuotaPoolPage', { cycleId, first: 20 }]],
  },
  { role: 'hr', route: () => '/outcomes', operations: () => [...SHELL, ['OutcomeTasks', { first: 50 }]] },
  { role: 'discipline', route: () => '/discipline', operations: () => [...SHELL, ['Accusations', { first: 50 }]] },
  { role: 'auditor', route: () => '/audit', operations: () => [...SHELL, ['AuditLog', { first: 50 }]] },
  { role: 'sysadmin', route: () => '/users', operations: () => [...SHELL, ['Users', { first: 50 }]] },
];

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
export const median = (list: number[]) => percentile([...list].sort((a, b) => a - b), 50);
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : '—');
