import 'reflect-metadata';
import { createRequire } from 'node:module';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as webDocuments from '../../web/src/gql/graphql.js';
import { loadConfig } from '../../server/config.js';
import { listBoundEstimator } from '../../server/graphql/complexity.js';
import { FIXED_LIST_BOUNDS, INPUT_LIST_MAX, inputLists, listRules } from '../../server/graphql/list-bounds.js';
import { getSchema } from '../../server/graphql/schema.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const require = createRequire(import.meta.url);
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = require('graphql-query-complexity') as typeof QueryComplexity;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [fieldExtensionsEstimator(), listBoundEstimator(schema), simpleEstimator({ defaultComplexity: 1 })],
  });

describe('every list of the schema has a bound', () => {
  it('every list field has a page size, an enum, or a declared maximum (list-bounds.ts): a new list field cannot ship unbounded', () => {
    const rules = listRules(schema);
    const unbounded = [...rules].filter(([, rule]) => rule === null).map(([key]) => key);
    expect(unbounded).toEqual([]);
    // The rules cover every list field of every object type.
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) if (isListType(getNullableType(field.type))) lists.push(`${type.name}.${field.name}`);
    }
    expect(lists.length).toBeGreaterThan(100);
    expect(lists.filter((key) => !rules.get(key))).toEqual([]);
  });

  it('every declared maximum names a list field that exists and is neither paged nor an enum', () => {
    const rules = listRules(schema);
    expect(Object.keys(FIXED_LIST_BOUNDS).filter((key) => rules.get(key)?.kind !== 'fixed')).toEqual([]);
  });

  it('every list a request may send has a maximum length, and every maximum names such a list', () => {
    const sent = inputLists(schema);
    expect(sent.filter((key) => INPUT_LIST_MAX[key] === undefined)).toEqual([]);
    expect(Object.keys(INPUT_LIST_MAX).filter((key) => !sent.includes(key))).toEqual([]);
  });

  it('every record with a lifecycle pages its audit trail (historyPage), and its unbounded history is deprecated', () => {
    const withHistory = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => type.getFields().history)
      .map((type) => [type.name, getNamedType(type.getFields().historyPage!.type).name, type.getFields().history!.deprecationReason !== undefined]);
    expect(withHistory.sort()).toEqual([
      ['Accusation', 'AuditEntryConnection', true],
      ['Assessment', 'AuditEntryConnection', true],
      ['AssessmentCycle', 'AuditEntryConnection', true],
      ['FaultToleranceCase', 'AuditEntryConnection', true],
      ['OutcomeTask', 'AuditEntryConnection', true],
      ['ReviewCase', 'AuditEntryConnection', true],
    ]);
  });
});

describe('a list costs its bound times what each item costs', () => {
  it.each([
    // 1 + 10 × (nodes: 1 + id)
    [`{ assessments(first: 10) { nodes { id } } }`, 21],
    // a page size left out counts its default (50)
    [`{ assessments { nodes { id } } }`, 101],
    // the nested page: 1 + 10 × (1 + (1 + 20 × (1 + 2)))
    [`{ assessments(first: 10) { nodes { historyPage(first: 20) { nodes { id action } } } } }`, 621],
    // the deprecated history counts its default of 200: 1 + 10 × (1 + (1 + 200 × 1))
    [`{ assessments(first: 10) { nodes { history { id } } } }`, 2021],
    [`{ assessments(first: 10) { nodes { history(first: 5) { id } } } }`, 71],
    // cycles: at most 200 (LIMIT 200) × (id + availableActions: 1 + the 7 events the busiest state of a machine accepts)
    [`{ cycles { id availableActions } }`, 1801],
    // an enum list: its values, here the four rater groups: 1 + (1 + 4)
    [`{ vocabulary { raterGroups } }`, 6],
    // myWork pages 100 at most
    [`{ myWork(first: 500) { total } }`, 101],
  ])('%s costs %i', (query, cost) => {
    expect(costOf(query)).toBe(cost);
  });

  it('every operation of the web app stays under the default cost limit with its largest pages', () => {
    const maxCost = loadConfig({}).limits.maxCost;
    const documents = Object.entries(webDocuments).filter(([name, value]) => name.endsWith('Document') && value instanceof String);
    expect(documents.length).toBeGreaterThan(100);
    // Every variable gets a value of its type; an Int (a page size) gets the default page, 50; a list one item.
    const sample = (type: GraphQLInputType): unknown => {
      if (isNonNullType(type)) return sample(type.ofType);
      if (isListType(type)) return [sample(type.ofType)];
      if (isEnumType(type)) return type.getValues()[0]!.value;
      if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
      return ({ Int: 50, Float: 1, Boolean: true, DateTimeISO: '2026-01-01T00:00:00.000Z', JSONObject: {} } as Record<string, unknown>)[type.name] ?? 'x';
    };
    const costs = documents.map(([name, document]) => {
      const text = String(document);
      const variables = Object.fromEntries(
        (parse(text).definitions[0] as OperationDefinitionNode).variableDefinitions!.map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType)]),
      );
      return [name, costOf(text, variables)] as const;
    });
    const over = costs.filter(([, cost]) => cost > maxCost);
    expect(over).toEqual([]);
  });
});

describe('through the API', () => {
  let t: TestApp;
  let orgadmin: string;
  let cadre: string;
  beforeAll(async () => {
    t = await startTestApp();
    orgadmin = await t.signIn('orgadmin');
    cadre = await t.signIn('cadre');
  });
  afterAll(() => t?.close());

  it('the hostile tester’s query — every assessment of a page with its whole audit trail, four times — is refused before it reads anything', async () => {
    t.queries.length = 0;
    const page = `assessments(first: 200) { nodes { id history { id action payload occurredAt actorName } } }`;
    const res = await t.gql(`{ a: ${page} b: ${page} c: ${page} d: ${page} }`, {}, { token: orgadmin });
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(t.queries.filter((q) => /audit_log|FROM "assessment"/.test(q))).toHaveLength(0);
  });

  it.each([
    ['markNotificationsRead', `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, () => ({ ids: Array.from({ length: 501 }, (_, i) => String(900_000 + i)) }), 'ids', 500],
    [
      'enrolInCycle',
      `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`,
      () => ({ input: { cycleId: '00000000-0000-4000-8000-000000000000', organisationIds: Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000'), includeSubtree: true, includeTeams: true } }),
      'organisationIds',
      500,
    ],
    [
      'setScores',
      `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`,
      () => ({ rows: Array.from({ length: 5001 }, () => ({ assessmentId: '00000000-0000-4000-8000-000000000000', component: 'x', value: 1, source: 'x' })) }),
      'rows',
      5000,
    ],
  ])('%s with a list over its maximum is a VALIDATION error naming the field, before anything runs', async (_name, query, variables, field, max) => {
    const token = _name === 'markNotificationsRead' ? cadre : orgadmin;
    t.queries.length = 0;
    const res = await t.gql(query, variables(), { token });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([{ field, messages: [`${field} must contain no more than ${max} elements`] }]);
    expect(t.queries.filter((q) => /^\s*(INSERT|UPDATE|DELETE)/i.test(q))).toHaveLength(0);
  });

  it('a list at its maximum passes the limit', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => String(900_000 + i));
    const res = await t.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids }, { token: cadre });
    expect(res.errors).toBeUndefined();
    expect(res.data!.markNotificationsRead).toBe(0);
  });

  type Page = { historyPage: { totalCount: number; nodes: Array<{ seq: number; action: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it.each([1, 2, 3])('historyPage(first: %i) walks a cycle’s whole trail once, oldest first, and agrees with history and totalCount', async (first) => {
    const cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ', 2020 + first);
    const whole = await t.gql<{ cycle: { history: Array<{ seq: number; action: string }> } }>(`query($id: ID!) { cycle(id: $id) { history { seq action } } }`, { id: cycleId }, { token: orgadmin });
    const trail = whole.data!.cycle.history;
    expect(trail.map((h) => h.seq)).toEqual(trail.map((_, i) => i + 1));
    expect(trail.length).toBeGreaterThanOrEqual(3);
    const seen: Array<{ seq: number; action: string }> = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof t.gql<{ cycle: Page }>>> = await t.gql(
        `query($id: ID!, $first: Int!, $after: String) { cycle(id: $id) { historyPage(first: $first, after: $after) { totalCount nodes { seq action } pageInfo { hasNextPage endCursor } } } }`,
        { id: cycleId, first, after },
        { token: orgadmin },
      );
      const page = res.data!.cycle.historyPage;
      expect(page.totalCount).toBe(trail.length);
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      seen.push(...page.nodes);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(trail);
    expect(pages).toBe(Math.ceil(trail.length / first));
  });

  it('history(first) returns the oldest entries, cut in the database', async () => {
    const cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ', 2019);
    t.queries.length = 0;
    const res = await t.gql<{ cycle: { history: Array<{ seq: number }> } }>(`query($id: ID!) { cycle(id: $id) { history(first: 2) { seq } } }`, { id: cycleId }, { token: orgadmin });
    expect(res.data!.cycle.history.map((h) => h.seq)).toEqual([1, 2]);
    expect(t.queries.filter((q) => /FROM audit_log a WHERE .* LIMIT k\.lim/s.test(q))).toHaveLength(1);
  });

  it.each([
    [`historyPage(first: 201) { nodes { id } }`, 'first'],
    [`history(first: 201) { id }`, 'first'],
    [`historyPage(first: 5, after: "garbage") { nodes { id } }`, 'after'],
  ])('%s is a VALIDATION error on `%s`', async (selection, field) => {
    const [cycle] = (await t.dataSource.query(`SELECT id FROM assessment_cycle LIMIT 1`)) as Array<{ id: string }>;
    const res = await t.gql(`query($id: ID!) { cycle(id: $id) { ${selection} } }`, { id: cycle!.id }, { token: orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    expect((res.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual([field]);
  });
});
