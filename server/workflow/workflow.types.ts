import { Field, Int, ObjectType } from 'type-graphql';
import { describeMachine } from '../../workflows/lifecycle.js';
import { machineSpec } from '../../workflows/registry.js';

@ObjectType({ description: 'A state of a lifecycle, for drawing it' })
export class LifecycleNodeView {
  @Field(() => String, { description: 'The state’s dotted path (selfReport.drafting)' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The path of the enclosing state, if any' })
  parent: string | null;

  @Field(() => String, { nullable: true, description: 'What the state means, as the machine describes it' })
  description: string | null;

  @Field(() => Boolean, { description: 'The lifecycle ends here' })
  final: boolean;

  @Field(() => Boolean, { description: 'The instance is in this state (or inside it)' })
  current: boolean;
}

@ObjectType({ description: 'A transition of a lifecycle, for drawing it' })
export class LifecycleEdgeView {
  @Field(() => String, { description: 'The state it leaves' })
  from: string;

  @Field(() => String, { description: 'The state it reaches' })
  to: string;

  @Field(() => String, { description: 'The event that takes it' })
  event: string;

  @Field(() => String, { nullable: true, description: 'The named rule that must hold, if any' })
  guard: string | null;
}

@ObjectType({ description: 'The machine behind an instance, with the current state marked' })
export class LifecycleView {
  @Field(() => String, { description: 'The machine’s id' })
  machine: string;

  @Field(() => String, { description: 'The instance’s current state' })
  current: string;

  @Field(() => [LifecycleNodeView], { description: 'Every state of the machine' })
  nodes: LifecycleNodeView[];

  @Field(() => [LifecycleEdgeView], { description: 'Every transition of the machine' })
  edges: LifecycleEdgeView[];
}

@ObjectType({ description: 'What a run of the deadline job did' })
export class DeadlineRun {
  @Field(() => Int, { description: 'Deadlines fired' })
  fired: number;

  @Field(() => Int, { description: 'Deadlines that could not fire yet (an open matter) and wait for the step that ends them' })
  skipped: number;
}

/** The lifecycle of an instance as data for the web to draw, with its current state marked. */
export function lifecycleOf(machineId: string, state: string): LifecycleView {
  const { nodes, edges } = describeMachine(machineSpec(machineId).machine);
  return {
    machine: machineId,
    current: state,
    nodes: nodes.map((n) => ({ ...n, current: state === n.id || state.startsWith(`${n.id}.`) })),
    edges,
  };
}
