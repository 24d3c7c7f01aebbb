import 'reflect-metadata';
import { IsInt, Max, MaxLength, Min, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { cacheValidationMetadata } from './validation-metadata.js';

class Base {
  @MaxLength(3)
  name!: string;
}

class Child extends Base {
  @IsInt()
  @Min(1)
  count!: number;
}

describe('class-validator rule lookups, cached', () => {
  it('still applies every rule, inherited ones included, on every call', async () => {
    cacheValidationMetadata();
    cacheValidationMetadata(); // twice is once
    for (let i = 0; i < 3; i++) {
      const bad = Object.assign(new Child(), { name: 'too long', count: 0 });
      const errors = await validate(bad);
      expect(errors.map((e) => e.property).sort()).toEqual(['count', 'name']);
      expect(await validate(Object.assign(new Child(), { name: 'ok', count: 2 }))).toEqual([]);
    }
  });

  it('forgets what it kept when a rule is registered later', async () => {
    class Later {
      @IsInt()
      size!: number;
    }
    cacheValidationMetadata();
    expect(await validate(Object.assign(new Later(), { size: 9 }))).toEqual([]);
    // A rule registered after the class was looked up (as a decorator does when its module loads).
    Max(5)(Later.prototype, 'size');
    expect((await validate(Object.assign(new Later(), { size: 9 }))).map((e) => e.property)).toEqual(['size']);
  });
});
