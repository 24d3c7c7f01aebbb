import { describe, expect, it } from 'vitest';
import { auditHash, sharedAuditHasher, type HashedFields } from './audit.service.js';

const shared = {
  entityType: 'assessment',
  occurredAt: new Date('2026-01-05T02:03:04.567Z'),
  actorUserId: '6f9619ff-8b86-d011-b42d-00c04fc964ff',
  actorRole: 'ORG_ADMIN',
  action: 'START_SELF_REPORT',
  toState: 'selfReport',
  payload: { event: { type: 'START_SELF_REPORT', at: '2026-01-05T02:03:04.567Z', reason: '“引号” \\ and "quotes"', nested: { b: 1, a: [2, null] } } },
};

describe('sharedAuditHasher', () => {
  it('gives the hash auditHash gives, whatever the stream fields hold', () => {
    process.env.AUDIT_HMAC_KEY ??= 'cd'.repeat(32);
    const rows: Array<Omit<HashedFields, keyof typeof shared>> = [
      { entityId: 'a1', seq: 1, scopePath: '/1/2/', fromState: 'enrolled', fromVersion: 1, prevHash: null },
      { entityId: 'a2', seq: 7, scopePath: null, fromState: null, fromVersion: null, prevHash: 'f'.repeat(64) },
      { entityId: '单位"x', seq: 12, scopePath: '/省/市/', fromState: 'selfReport.draft', fromVersion: 30, prevHash: '0'.repeat(64) },
    ];
    for (const variant of [shared, { ...shared, actorUserId: null, payload: {} }]) {
      const hash = sharedAuditHasher(variant);
      for (const row of rows) expect(hash(row)).toBe(auditHash({ ...variant, ...row }));
    }
  });
});
