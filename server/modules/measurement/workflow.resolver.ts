/**
 * `measurementWorkflow`: the transition table (workflow.ts) as clients read it, so the admin
 * shows a step's button exactly when the table allows it, without a copy of its own.
 */
import { Field, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus } from "../../common/enums";
import { transitions, type Transition } from "./workflow";

@ObjectType({
  description: "One step of a figure's workflow (its own mutation, e.g. submitMeasurement).",
})
export class WorkflowStep {
  @Field(() => String, { description: "edit, submit, approve, return or reopen." })
  name: Transition;

  @Field(() => [MeasurementStatus], { description: "The states it may start from." })
  from: MeasurementStatus[];

  @Field(() => MeasurementStatus, {
    nullable: true,
    description: "The state after it; null keeps it (edit).",
  })
  to: MeasurementStatus | null;

  @Field(() => Permission, { description: "What the caller needs." })
  permission: Permission;

  @Field(() => Boolean, { description: "Whether the caller must give a reason." })
  reasonRequired: boolean;

  @Field(() => Boolean, {
    description:
      "Whether the caller acts as the figure's reviewer (their own agency's, or any with ReviewAnyAgency) rather than its reporter.",
  })
  review: boolean;
}

@Resolver()
export class WorkflowResolver {
  // Any caller: the public (ReadPublic) and a token without that scope (Authenticated).
  @Allow(Permission.ReadPublic, Permission.Authenticated)
  @Query(() => [WorkflowStep], { description: "The figure workflow's transition table." })
  measurementWorkflow(): WorkflowStep[] {
    return (Object.keys(transitions) as Transition[]).map((name) => {
      const { from, to, permission, reasonRequired, review } = transitions[name];
      return { name, from: [...from], to, permission, reasonRequired, review };
    });
  }
}
