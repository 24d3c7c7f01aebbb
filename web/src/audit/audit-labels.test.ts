import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../schema.graphql?raw';
import { createAppI18n } from '../shared/i18n';

/** The values of a schema enum, as the server emits them (web/schema.graphql, regenerated with `npm run schema`). */
function enumValues(name: string): string[] {
  const type = buildSchema(schemaText).getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}

describe('the audit page labels every kind of record and every action the server lists', () => {
  const { t, te } = createAppI18n('zh-CN').global;

  it.each(enumValues('AuditEntityType'))('entity type %s has a zh-CN label', (value) => {
    expect(te(`audit.entityTypes.${value}`), value).toBe(true);
    expect(t(`audit.entityTypes.${value}`)).not.toBe(value);
  });

  it.each(enumValues('AuditAction'))('action %s has a zh-CN label (its own, or the lifecycle event’s)', (value) => {
    expect(te(`audit.actions.${value}`) || te(`events.${value}`), value).toBe(true);
  });

  it('the lists are the server’s: the schema has both, with the lifecycle events among the actions', () => {
    expect(enumValues('AuditEntityType')).toEqual(expect.arrayContaining(['assessment', 'assessment_cycle', 'outcome_task', 'review_case', 'fault_tolerance_case', 'accusation', 'user']));
    expect(enumValues('AuditAction')).toEqual(expect.arrayContaining(['SIGNED_IN', 'PROPOSE_GRADE', 'CORRECT_RESULT', 'SET_OVERLAY', 'CANCEL']));
  });
});
