import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

/** The sections of `myWork`, in their fixed order. */
export const SECTIONS = ['ASSESSMENTS', 'OUTCOME_TASKS', 'REVIEW_CASES', 'FAULT_TOLERANCE_CASES', 'ACCUSATIONS'] as const;
export type SectionKey = (typeof SECTIONS)[number];

@ObjectType({ description: 'One section of your work and how many items wait in it' })
export class WorkSection {
  @Field(() => String, { description: SECTIONS.join(', ') })
  key: SectionKey;

  @Field(() => Int, { description: 'How many items wait in it' })
  count: number;
}

@ObjectType({ description: 'Everything that waits on you, by kind: each section is the first page of its own work queue, with its count' })
export class MyWork {
  /** Page size of every section. */
  first: number;
}

@ArgsType()
export class MyWorkArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Items per section (at most 100); page further with each section’s own queue' })
  @Min(1)
  @Max(100)
  first: number;
}
