import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../workflows/grading/ballots.js';
import { loadBallotKey, openSealedBallot, sealBallot } from './ballot-seal.js';

const key = randomBytes(32);
const ballot: Ballot = { group: 'SERVICE_RECIPIENT', overall: 'BASICALLY_COMPETENT', scores: { MORALITY: 100, ABILITY: 0, DILIGENCE: 85.5, RESULTS: 72.25, INTEGRITY: 99.99 } };

describe('a sealed ballot', () => {
  it('opens to what was sealed; the same ballot seals to unrelated ciphertexts of one fixed length', () => {
    const [a, s] = [randomUUID(), randomUUID()];
    const one = sealBallot(ballot, a, s, key);
    const two = sealBallot(ballot, a, s, key);
    const small = sealBallot({ group: 'PEER', overall: 'EXCELLENT', scores: { MORALITY: 1, ABILITY: 1, DILIGENCE: 1, RESULTS: 1, INTEGRITY: 1 } }, a, s, key);
    expect(openSealedBallot(one, a, s, key)).toEqual(ballot);
    expect(one.equals(two)).toBe(false);
    expect(new Set([one.length, two.length, small.length])).toEqual(new Set([41]));
  });

  it('does not open under another key, for another assessment or id (moved or copied), or when a byte is changed', () => {
    const [a, s] = [randomUUID(), randomUUID()];
    const sealed = sealBallot(ballot, a, s, key);
    expect(() => openSealedBallot(sealed, a, s, randomBytes(32))).toThrow();
    expect(() => openSealedBallot(sealed, randomUUID(), s, key)).toThrow();
    expect(() => openSealedBallot(sealed, a, randomUUID(), key)).toThrow();
    const changed = Buffer.from(sealed);
    changed[40] = changed[40]! ^ 1;
    expect(() => openSealedBallot(changed, a, s, key)).toThrow();
  });

  it('the key lives outside the database: BALLOT_KEY, or ballot.key beside the data, mode 0600, the same on every load', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ballot-key-'));
    const first = loadBallotKey({}, dir);
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'ballot.key')).mode & 0o777).toBe(0o600);
    expect(loadBallotKey({}, dir).equals(first)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(loadBallotKey({ BALLOT_KEY: 'cd'.repeat(32) }, '/nonexistent').toString('hex')).toBe('cd'.repeat(32));
    expect(loadBallotKey({ BALLOT_KEY: 'cd'.repeat(40) }, '/nonexistent')).toHaveLength(32);
    expect(() => loadBallotKey({ BALLOT_KEY: 'short' }, '/nonexistent')).toThrow(/BALLOT_KEY must be at least 64 hexadecimal digits/);
  });
});
