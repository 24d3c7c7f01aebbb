import 'reflect-metadata';
import { graphql, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PENALTY_KINDS } from '../../workflows/rules/settings.js';
import { ERROR_CODES } from '../common/errors.js';
import { getSchema } from '../graphql/schema.js';

describe('vocabulary', () => {
  it('answers every list in its source order, with no sign-in', async () => {
    const result = await graphql({ schema: await getSchema(), source: '{ vocabulary { errorCodes penaltyKinds faultToleranceStates } }', contextValue: {} });
    expect(result.errors).toBeUndefined();
    const v = result.data?.vocabulary as { errorCodes: string[]; penaltyKinds: string[]; faultToleranceStates: string[] };
    expect(v.errorCodes).toEqual([...ERROR_CODES]);
    expect(v.penaltyKinds).toEqual([...PENALTY_KINDS]);
    expect(v.faultToleranceStates).toEqual(['opened', 'awaitingAcceptance', 'investigating', 'awaitingDecision', 'awaitingFeedback', 'awaitingFiling', 'correcting', 'refused', 'closed']);
  });

  it('describes every value of the enums it registers', async () => {
    const schema = await getSchema();
    const vocabulary = schema.getType('Vocabulary');
    if (!vocabulary || !('getFields' in vocabulary)) throw new Error('no Vocabulary type');
    const own = Object.values(vocabulary.getFields())
      .map((f) => f.type.toString().replace(/[[\]!]/g, ''))
      .filter((name) => name !== 'OutcomeKind' && name !== 'GradeScaleView'); // OutcomeKind is registered by the outcomes feature
    own.push('Grade');
    for (const name of own) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      if (!isEnumType(type)) continue;
      expect(type.description, name).toBeTruthy();
      for (const value of type.getValues()) expect(value.description, `${name}.${value.name}`).toBeTruthy();
    }
  });
});
