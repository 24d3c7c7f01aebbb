import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuditKey } from './audit-key.js';

describe('the audit key lives outside the database', () => {
  it('is created once beside the data, readable by its owner only, and the same on every later load', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-key-'));
    const first = loadAuditKey({}, dir);
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'audit-hmac.key')).mode & 0o777).toBe(0o600);
    expect(loadAuditKey({}, dir).equals(first)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('AUDIT_HMAC_KEY wins, and must be at least 32 bytes of hex', () => {
    const key = 'ab'.repeat(32);
    expect(loadAuditKey({ AUDIT_HMAC_KEY: key }, '/nonexistent').toString('hex')).toBe(key);
    expect(() => loadAuditKey({ AUDIT_HMAC_KEY: 'short' }, '/nonexistent')).toThrow(/64 hexadecimal digits/);
  });
});
