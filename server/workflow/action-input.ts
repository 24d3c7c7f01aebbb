import { IsInt, IsOptional, Length } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { MutationOptions } from './engine.js';

/** What the idempotency key promises on every workflow action. */
const RETRY_SAFE = 'A retry with the same key returns the first answer and changes nothing';

/**
 * The options every workflow action input carries, declared once: the
 * version the caller saw (a stale one is CONFLICT) and an idempotency key (a
 * retry gets the first answer) — what `WorkflowEngine.step` takes as
 * `MutationOptions`. A feature names its instance (`name`) and says whose
 * version it is (`versionSeen`, the field's description); its action inputs
 * extend the class returned. The base type itself is used by no operation,
 * so it never reaches the schema: only its fields do, in each input that
 * extends it.
 */
export function StepOptionsInput(name: string, versionSeen: string) {
  @InputType(`${name}StepOptions`, { description: `The version you saw and a retry key, on every ${name.toLowerCase()} action` })
  abstract class StepOptions implements MutationOptions {
    @Field(() => Int, { nullable: true, description: versionSeen })
    @IsOptional()
    @IsInt()
    expectedVersion?: number | null;

    @Field(() => String, { nullable: true, description: RETRY_SAFE })
    @IsOptional()
    @Length(8, 100)
    idempotencyKey?: string | null;
  }
  return StepOptions;
}
