import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../server/cli/emit-schema.js';
import { PROJECT_ROOT } from '../../server/config.js';

describe('web/schema.graphql', () => {
  it('matches the server’s schema (run `npm run schema && npm run codegen` after changing the API)', async () => {
    const committed = await fs.readFile(path.join(PROJECT_ROOT, 'web', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});
