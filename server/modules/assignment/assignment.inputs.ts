import { ArgsType, Int, Field, ID, InputType } from "type-graphql";
import { AssignmentRole, ReportingFrequency } from "../../common/enums";
import { LocalDateScalar } from "../../common/scalars";

@ArgsType()
export class AssignmentArgs {
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => AssignmentRole, { nullable: true }) role?: AssignmentRole;
  @Field(() => ReportingFrequency, { nullable: true }) frequency?: ReportingFrequency;
  @Field(() => Int, { nullable: true }) dueDaysAfterPeriod?: number;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "Default: today (Vietnam time)." })
  startsOn?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: "Set to end the assignment." })
  endsOn?: string | null;
}

@ArgsType()
export class UpdateAssignmentArgs extends AssignmentArgs {
  @Field(() => ID) id: string;
}

@ArgsType()
export class AssignTargetArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Assign every active indicator of this target ...",
  })
  targetId?: string;
  @Field(() => ID, { nullable: true, description: "... or this one indicator." })
  indicatorId?: string;
  @Field(() => ID) agencyId: string;
  @Field(() => AssignmentRole, {
    description: "LEAD moves the lead to this agency, ending the current one.",
  })
  role: AssignmentRole;
  @Field(() => ReportingFrequency, { nullable: true, defaultValue: ReportingFrequency.YEARLY })
  frequency: ReportingFrequency;
  @Field(() => Int, { nullable: true, defaultValue: 15 }) dueDaysAfterPeriod: number;
  @Field({ nullable: true }) note?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: "Default: today (Vietnam time)." })
  startsOn?: string;
}

@InputType({ description: "Filter for allAssignments." })
export class AssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in the note." }) q?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => ID, { nullable: true, description: "Assignments of this target's indicators." })
  targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => AssignmentRole, { nullable: true }) role?: AssignmentRole;
  @Field(() => ReportingFrequency, { nullable: true }) frequency?: ReportingFrequency;
  @Field({ nullable: true, description: "Only current (true) or only ended (false)." })
  active?: boolean;
}
