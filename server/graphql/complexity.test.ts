import { describe, expect, it } from 'vitest';
import { HeavyGate } from './complexity.js';

describe('HeavyGate', () => {
  it('lets `slots` run, queues `maxWaiting` in order, refuses the rest, and hands each freed slot to the next in line', async () => {
    const gate = new HeavyGate(1, 2);
    const order: string[] = [];
    const first = await gate.acquire();
    expect(first).not.toBeNull();
    const second = gate.acquire().then((release) => (order.push('second'), release));
    const third = gate.acquire().then((release) => (order.push('third'), release));
    expect(await gate.acquire()).toBeNull();
    expect(gate.busy).toEqual({ running: 1, waiting: 2 });
    first!();
    first!(); // a second release of the same slot changes nothing
    const releaseSecond = await second;
    expect(order).toEqual(['second']);
    expect(gate.busy).toEqual({ running: 1, waiting: 1 });
    releaseSecond!();
    (await third)!();
    expect(order).toEqual(['second', 'third']);
    expect(gate.busy).toEqual({ running: 0, waiting: 0 });
  });

  it.each([
    [2, 0, 2],
    [3, 1, 4],
  ])('with %i slots and %i waiting places, %i requests are admitted at once', async (slots, maxWaiting, admitted) => {
    const gate = new HeavyGate(slots, maxWaiting);
    const answers = await Promise.all(Array.from({ length: admitted + 1 }, () => Promise.race([gate.acquire(), Promise.resolve('waiting' as const)])));
    expect(answers.filter((a) => a === null)).toHaveLength(1);
    expect(answers.filter((a) => a === 'waiting')).toHaveLength(maxWaiting);
  });
});
