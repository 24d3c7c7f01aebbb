import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

describe('workflows/: the registry imports the machines, never the reverse', () => {
  it('no machine imports the registry or the actor tables', () => {
    const dir = path.join(PROJECT_ROOT, 'workflows');
    const machines = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.machine.ts'));
    expect(machines.length).toBeGreaterThan(5);
    for (const file of machines) expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/from '[./]*\/(registry|actors)\.js'/);
  });
});
