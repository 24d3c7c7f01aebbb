import { describe, expect, it } from 'vitest';
import { promotionBlockers, type PenaltyFact } from './promotion.js';

const penalty = (over: Partial<PenaltyFact>): PenaltyFact => ({ id: 'p', kind: 'DEMERIT', decidedOn: '2025-05-10', effectiveUntil: '2026-05-09', tolerated: false, replacedBy: null, ...over });
const none = { penalties: [], investigations: [], accusations: [] };

describe('promotionBlockers', () => {
  it.each([
    ['the first day of the period', '2025-05-10', 1],
    ['its last day', '2026-05-09', 1],
    ['the day after it ends', '2026-05-10', 0],
    ['before it is decided', '2025-05-09', 0],
  ])('a demerit blocks on %s (%s)', (_, today, n) => {
    expect(promotionBlockers({ ...none, penalties: [penalty({})] }, today).blockers).toHaveLength(n);
  });

  it('a sanction without a fixed period weighs until the end of the year it was decided', () => {
    const p = penalty({ kind: 'ADMONISHMENT', effectiveUntil: null, decidedOn: '2026-06-01' });
    expect(promotionBlockers({ ...none, penalties: [p] }, '2026-12-31').blockers).toHaveLength(1);
    expect(promotionBlockers({ ...none, penalties: [p] }, '2027-01-01').blockers).toHaveLength(0);
  });

  it('a tolerated or replaced sanction and a cleared accusation never block; they are listed as disregarded', () => {
    const result = promotionBlockers(
      {
        penalties: [penalty({ id: 'tolerated', tolerated: true }), penalty({ id: 'replaced', replacedBy: 'lighter' })],
        investigations: [],
        accusations: [{ id: 'cleared', state: 'cleared', concernsYear: 2025 }],
      },
      '2025-12-01',
    );
    expect(result.blockers).toEqual([]);
    expect(result.disregarded.map((d) => d.recordId)).toEqual(['tolerated', 'replaced', 'cleared']);
  });

  it('an open investigation and a substantiated accusation block; unproven or still unverified ones do not', () => {
    const result = promotionBlockers(
      {
        penalties: [],
        investigations: [{ id: 'open', startsOn: '2025-06-01', endsOn: null }, { id: 'closed', startsOn: '2024-01-01', endsOn: '2024-06-30' }],
        accusations: [
          { id: 'true', state: 'substantiated', concernsYear: 2025 },
          { id: 'unproven', state: 'unproven', concernsYear: 2025 },
          { id: 'pending', state: 'underVerification', concernsYear: 2025 },
        ],
      },
      '2025-12-01',
    );
    expect(result.blockers.map((b) => `${b.kind} ${b.recordId}`)).toEqual(['OPEN_INVESTIGATION open', 'SUBSTANTIATED_ACCUSATION true']);
  });
});
