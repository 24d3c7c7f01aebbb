import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../server/cli/emit-schema.js';
import { lintSchemaText, type SchemaFinding } from '../../server/graphql/schema-lint.js';

/** `line: message (rule)`: a failing test lists every finding, one per line of the diff. */
const listed = (findings: readonly SchemaFinding[]) => findings.map((f) => `${f.line}: ${f.message} (${f.rule})`);

describe('the GraphQL schema documents itself (graphql-schema-linter; `npm run lint:schema` prints the same list)', () => {
  it('the linter reports what it should: a missing description, an uncapitalised one, an unsorted enum', () => {
    const sdl = `
      "The root"
      type Query {
        "the answer"
        answer(question: String): Colour
      }
      enum Colour { RED BLUE }
    `;
    const rules = lintSchemaText(sdl).map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'arguments-have-descriptions',
        'descriptions-are-capitalized',
        'enum-values-have-descriptions',
        'enum-values-sorted-alphabetically',
        'types-have-descriptions',
      ]),
    );
  });

  it('every type, field, argument, input field and enum value has a description', async () => {
    const findings = lintSchemaText(await printedSchema());
    expect(listed(findings.filter((f) => f.rule.endsWith('-have-descriptions')))).toEqual([]);
  });

  it('names, description style and Relay connections follow the linter’s other rules', async () => {
    const findings = lintSchemaText(await printedSchema());
    expect(listed(findings.filter((f) => !f.rule.endsWith('-have-descriptions')))).toEqual([]);
  });
});
