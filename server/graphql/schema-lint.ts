import { createRequire } from 'node:module';

/**
 * graphql-schema-linter's rules, run over the printed schema (the same text as
 * web/schema.graphql): every type, field, argument, input field and enum value
 * has a description, names follow the conventions, connections follow Relay.
 * `npm run lint:schema` prints the findings; test/api/schema-docs.test.ts
 * fails on any.
 *
 * The linter is CommonJS without types and parses the text with its own copy
 * of graphql, so only a string crosses over. It is a devDependency: nothing
 * the server runs imports this file.
 */
export interface SchemaFinding {
  /** The linter's rule, e.g. `fields-have-descriptions`. */
  rule: string;
  message: string;
  /** 1-based line and column in the printed schema. */
  line: number;
  column: number;
}

interface LinterError {
  ruleName: string;
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
}
interface LinterModules {
  Configuration: new (schema: { definition: string; sourceMap: unknown }, options: Record<string, unknown>) => {
    getRules(): unknown[];
  };
  validateSchemaDefinition(schema: { definition: string; sourceMap: unknown }, rules: unknown[], configuration: unknown): LinterError[];
  SourceMap: new (files: Record<string, string>) => unknown;
}

function linter(): LinterModules {
  const load = createRequire(import.meta.url);
  const { Configuration } = load('graphql-schema-linter/lib/configuration.js') as Pick<LinterModules, 'Configuration'>;
  const { validateSchemaDefinition } = load('graphql-schema-linter/lib/validator.js') as Pick<LinterModules, 'validateSchemaDefinition'>;
  const { SourceMap } = load('graphql-schema-linter/lib/source_map.js') as Pick<LinterModules, 'SourceMap'>;
  return { Configuration, validateSchemaDefinition, SourceMap };
}

/**
 * Deliberate exceptions, each with its reason, as `Type.field` scopes.
 * `MyWork`'s sections are the first page of each work queue, sized by
 * `myWork(first:)`: a summary with counts, not lists to page through.
 */
export const SCHEMA_LINT_IGNORE: Readonly<Record<string, readonly string[]>> = {
  'relay-connection-arguments-spec': ['MyWork.accusations', 'MyWork.assessments', 'MyWork.faultToleranceCases', 'MyWork.outcomeTasks', 'MyWork.reviewCases'],
};

/** Runs every built-in rule of the linter, with its default options, over a schema in SDL. */
export function lintSchemaText(sdl: string, file = 'schema.graphql', ignore: Readonly<Record<string, readonly string[]>> = SCHEMA_LINT_IGNORE): SchemaFinding[] {
  const { Configuration, validateSchemaDefinition, SourceMap } = linter();
  const schema = { definition: sdl, sourceMap: new SourceMap({ [file]: sdl }) };
  const configuration = new Configuration(schema, { ignore: withLifecycleStates(sdl, ignore) });
  return validateSchemaDefinition(schema, configuration.getRules(), configuration).map((error) => ({
    rule: error.ruleName,
    message: error.message,
    line: error.locations?.[0]?.line ?? 0,
    column: error.locations?.[0]?.column ?? 0,
  }));
}

/**
 * The lifecycle state enums (`…State`: ReviewCaseState, OutcomeTaskState…)
 * list the machines' own state ids, which are exactly the `state` strings the
 * API returns (`appealPending`); upper-casing them would break that match, so
 * their values are exempt from the all-caps rule — and only theirs. So are
 * the values of `AuditEntityType`: the `entityType` strings stored in the
 * audit trail, which `auditLog(entityType:)` matches and its rows return.
 */
function withLifecycleStates(sdl: string, ignore: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const states: string[] = [];
  for (const match of sdl.matchAll(/^enum (\w+State|AuditEntityType) \{([^}]*)\}/gm)) {
    const values = match[2]!.split('\n').map((l) => l.trim()).filter((l) => /^[A-Za-z_]\w*$/.test(l));
    states.push(...values.map((v) => `${match[1]}.${v}`));
  }
  return { ...ignore, 'enum-values-all-caps': [...(ignore['enum-values-all-caps'] ?? []), ...states] };
}

/** One finding a line, as `file:line:column message (rule)`, then a count per rule. */
export function formatFindings(findings: readonly SchemaFinding[], file = 'schema.graphql'): string {
  const lines = findings.map((f) => `${file}:${f.line}:${f.column} ${f.message} (${f.rule})`);
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const summary = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `  ${n} ${rule}`);
  return [...lines, `${findings.length} finding(s)${summary.length ? ':' : ''}`, ...summary].join('\n');
}
