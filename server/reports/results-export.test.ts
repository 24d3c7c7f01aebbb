import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportPacer } from './results-export.js';

describe('exportPacer: the results export shares the event loop and follows the client', () => {
  it('goes on without pausing while its slice lasts, then gives the event loop back once', async () => {
    const out = new PassThrough();
    const pace = exportPacer(out, 50);
    expect(pace()).toBeNull();
    const started = performance.now();
    while (performance.now() - started < 60);
    // Another request's callback, waiting on the loop when the slice ends.
    let other = false;
    setImmediate(() => (other = true));
    const pause = pace();
    expect(pause).toBeInstanceOf(Promise);
    await pause;
    // It ran before the export went on: the loop was given back.
    expect(other).toBe(true);
    expect(pace()).toBeNull();
  });

  it('waits while the response asks for a drain, and goes on once the client has read', async () => {
    const read: Buffer[] = [];
    let release: (() => void) | null = null;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        read.push(chunk);
        release = done;
      },
    });
    slow.write(Buffer.alloc(64));
    expect(slow.writableNeedDrain).toBe(true);
    const pause = exportPacer(slow, 1_000)();
    expect(pause).toBeInstanceOf(Promise);
    let resumed = false;
    void pause!.then(() => (resumed = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(resumed).toBe(false);
    release!();
    await pause;
    expect(resumed).toBe(true);
  });

  it('does not wait on a response the client has closed', async () => {
    const slow = new Writable({ highWaterMark: 16, write: () => undefined });
    slow.write(Buffer.alloc(64));
    const pause = exportPacer(slow, 1_000)();
    slow.destroy();
    await pause;
    expect(slow.destroyed).toBe(true);
  });
});
