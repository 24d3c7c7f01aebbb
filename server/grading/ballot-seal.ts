import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DIMENSIONS, OVERALL_VOTES, type Ballot } from '../../workflows/grading/ballots.js';
import { RATER_GROUPS } from '../../workflows/rules/settings.js';
import { loadKeyOutsideDatabase } from '../common/key-file.js';
import { loadConfig } from '../config.js';

/**
 * Sealing a ballot while the box is closed: AES-256-GCM with a random nonce,
 * under a key kept outside the database (BALLOT_KEY, or `ballot.key` beside
 * the data, mode 0600). The plaintext has a fixed length (the group, five
 * scores in hundredths, the overall vote: 13 bytes), so neither the
 * ciphertext nor its length tells anything of the ballot; two equal ballots
 * seal to unrelated ciphertexts. The assessment and the sealed row's id are
 * authenticated with it: a sealed ballot cannot be moved to another
 * assessment or copied under a new id without failing to open.
 */
let key: Buffer | null = null;

export function ballotKey(): Buffer {
  key ??= loadBallotKey(process.env, loadConfig().dataDir);
  return key;
}

export function loadBallotKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const raw = loadKeyOutsideDatabase(env, dataDir, { envName: 'BALLOT_KEY', fileName: 'ballot.key', what: 'a ballot key' });
  // AES-256 takes exactly 32 bytes; a longer BALLOT_KEY is condensed.
  return raw.length === 32 ? raw : createHash('sha256').update(raw).digest();
}

const VERSION = 1;
const PLAIN_LENGTH = 13;

function encode(b: Ballot): Buffer {
  const out = Buffer.alloc(PLAIN_LENGTH);
  out.writeUInt8(VERSION, 0);
  out.writeUInt8(RATER_GROUPS.indexOf(b.group), 1);
  DIMENSIONS.forEach((d, i) => out.writeUInt16BE(Math.round(b.scores[d] * 100), 2 + i * 2));
  out.writeUInt8(OVERALL_VOTES.indexOf(b.overall), 12);
  return out;
}

function decode(buf: Buffer): Ballot {
  if (buf.length !== PLAIN_LENGTH || buf.readUInt8(0) !== VERSION) throw new Error('not a sealed ballot of a known version');
  const group = RATER_GROUPS[buf.readUInt8(1)];
  const overall = OVERALL_VOTES[buf.readUInt8(12)];
  if (!group || !overall) throw new Error('a sealed ballot holds an unknown group or vote');
  const scores = Object.fromEntries(DIMENSIONS.map((d, i) => [d, buf.readUInt16BE(2 + i * 2) / 100])) as Ballot['scores'];
  if (Object.values(scores).some((s) => s > 100)) throw new Error('a sealed ballot holds a score over 100');
  return { group, scores, overall };
}

const aad = (assessmentId: string, sealedId: string) => Buffer.from(`ballot:v${VERSION}:${assessmentId}:${sealedId}`, 'utf8');

/** nonce (12) ‖ tag (16) ‖ ciphertext (13): 41 bytes for every ballot. */
export function sealBallot(ballot: Ballot, assessmentId: string, sealedId: string, k: Buffer = ballotKey()): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k, nonce);
  cipher.setAAD(aad(assessmentId, sealedId));
  const body = Buffer.concat([cipher.update(encode(ballot)), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** Opens a sealed ballot; throws when the key is not the one it was sealed with or anything was changed, moved or copied. */
export function openSealedBallot(sealed: Buffer, assessmentId: string, sealedId: string, k: Buffer = ballotKey()): Ballot {
  const decipher = createDecipheriv('aes-256-gcm', k, sealed.subarray(0, 12));
  decipher.setAAD(aad(assessmentId, sealedId));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return decode(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]));
}
