import path from 'node:path';
import type { RateLimit } from '../config.js';

/** Attachments' limits and storage (docs/operations.md#settings). */
export interface AttachmentSettings {
  /** ATTACHMENT_MAX_MB: the largest file accepted, in bytes (default 20 MB). */
  maxBytes: number;
  /** ATTACHMENT_MAX_PER_OWNER: the most attachments one self-report, case or objection holds (default 10). */
  maxPerOwner: number;
  /** ATTACHMENT_MAX_PER_OBJECTION: the most an anonymous objector attaches to one objection (default 3). */
  maxPerObjection: number;
  /** ATTACHMENTS_DIR: store the bytes in this folder, named by their SHA-256; empty (default): in PostgreSQL (bytea). */
  dir: string;
  /** Anonymous uploads (objections) per client address and window (RATE_LIMIT_PUBLIC_UPLOADS_PER_10_MINUTES, default 10). */
  publicRate: RateLimit;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}

export function attachmentSettingsFromEnv(env: NodeJS.ProcessEnv, root: string): AttachmentSettings {
  const dir = env.ATTACHMENTS_DIR?.trim() ?? '';
  return {
    maxBytes: wholeNumber(env, 'ATTACHMENT_MAX_MB', 20) * 1024 * 1024,
    maxPerOwner: wholeNumber(env, 'ATTACHMENT_MAX_PER_OWNER', 10),
    maxPerObjection: wholeNumber(env, 'ATTACHMENT_MAX_PER_OBJECTION', 3),
    dir: dir ? path.resolve(root, dir) : '',
    publicRate: { points: wholeNumber(env, 'RATE_LIMIT_PUBLIC_UPLOADS_PER_10_MINUTES', 10), durationSeconds: 600 },
  };
}

/**
 * A corroborating finding takes at most this many documents (or ATTACHMENT_MAX_PER_OWNER when lower): the 印证 tab lists up to
 * 100 findings with their documents in one request, which must stay under the query cost limit.
 */
export const FINDING_ATTACHMENTS_MAX = 20;
