import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A 32-byte secret kept outside the database: from an environment variable
 * (at least 64 hex digits), else from a file beside the data, created on first
 * use with mode 0600 (readable by the server's OS user only). Someone who can
 * read or write the database — its administrator, or the server's own
 * database role — does not hold it. Keep a copy apart from the database backups.
 */
export function loadKeyOutsideDatabase(env: NodeJS.ProcessEnv, dataDir: string, spec: { envName: string; fileName: string; what: string }): Buffer {
  const fromEnv = env[spec.envName]?.trim();
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64,}$/.test(fromEnv)) throw new Error(`${spec.envName} must be at least 64 hexadecimal digits (32 bytes)`);
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.join(dataDir, spec.fileName);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': only the first of several starting processes writes it; the others read what it wrote.
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} does not hold ${spec.what} (64 hexadecimal digits)`);
  return Buffer.from(text, 'hex');
}
