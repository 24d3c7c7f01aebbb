import 'reflect-metadata';
import { formatFindings, lintSchemaText } from '../graphql/schema-lint.js';
import { printedSchema } from './emit-schema.js';

/**
 * `npm run lint:schema`: prints graphql-schema-linter's findings on the schema
 * the server builds (line numbers are those of web/schema.graphql once it is
 * regenerated) and exits 1 when there is any.
 */
const findings = lintSchemaText(await printedSchema(), 'web/schema.graphql');
console.log(formatFindings(findings, 'web/schema.graphql'));
process.exitCode = findings.length > 0 ? 1 : 0;
