import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.js';
import { getSchema } from '../graphql/schema.js';

/**
 * `npm run schema`: writes the GraphQL schema to web/schema.graphql, from which
 * the web's typed documents are generated (`npm run codegen`). A test fails
 * when the committed file is out of date.
 */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const target = path.join(PROJECT_ROOT, 'web', 'schema.graphql');
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, await printedSchema());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
