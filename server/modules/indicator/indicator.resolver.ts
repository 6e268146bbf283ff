import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Resolver,
  Root,
} from "type-graphql";
import { Permission } from "../../auth/permissions";
import {
  Comparator,
  IndicatorKind,
  MeasurementStatus,
  PeriodType,
  ValueKind,
} from "../../common/enums";
import { assertId } from "../../common/ids";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Measurement } from "../measurement/measurement.entity";
import { assignmentsBy, leadAgency } from "../assignment/assignment.loaders";
import { indicatorFigures } from "../measurement/measurement.loaders";
import { FromStatement } from "../../read/relations";
import { indicatorTarget } from "./indicator.loaders";
import { Target } from "../target/target.entity";
import { Indicator } from "./indicator.entity";
import { indicatorCrud } from "./indicator.service";
import { IndicatorArgs, UpdateIndicatorArgs } from "./indicator.inputs";

@InputType({ description: "Filter for allIndicators." })
export class IndicatorFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in code, names and source phrase." }) q?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => ID, {
    nullable: true,
    description: "Indicators of targets that serve this key task.",
  })
  keyTaskId?: string;
  @Field({ nullable: true }) code?: string;
  @Field(() => IndicatorKind, { nullable: true }) kind?: IndicatorKind;
  @Field(() => Comparator, { nullable: true }) comparator?: Comparator;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: "Indicators actively assigned to this agency (any role).",
  })
  agencyId?: string;
  @Field(() => ID, { nullable: true, description: "Indicators this agency actively leads." })
  leadAgencyId?: string;
}

export const indicatorList: ListSpec<Indicator, IndicatorFilter> = {
  entity: Indicator,
  typeName: "Indicator",
  allow: [Permission.ReadPublic],
  sortable: {
    code: "code",
    name: "name",
    kind: "kind",
    position: "position",
    createdAt: "createdAt",
  },
  defaultSort: { field: "code", order: "ASC" },
  searchable: ["code", "name", "nameEn", "sourcePhrase"],
  filter(qb, f) {
    whereEquals(qb, "targetId", f.targetId, "filter.targetId");
    whereEquals(qb, "code", f.code, "filter.code");
    whereEquals(qb, "kind", f.kind, "filter.kind");
    whereEquals(qb, "comparator", f.comparator, "filter.comparator");
    whereEquals(qb, "active", f.active, "filter.active");
    if (f.congressId) {
      qb.andWhere(`${ALIAS}.targetId IN (SELECT id FROM target WHERE congress_id = :congressId)`, {
        congressId: assertId(f.congressId, "filter.congressId"),
      });
    }
    if (f.keyTaskId) {
      qb.andWhere(
        `${ALIAS}.targetId IN (SELECT target_id FROM target_key_task WHERE key_task_id = :keyTaskId)`,
        {
          keyTaskId: assertId(f.keyTaskId, "filter.keyTaskId"),
        },
      );
    }
    for (const [field, lead] of [
      ["agencyId", false],
      ["leadAgencyId", true],
    ] as const) {
      if (!f[field]) continue;
      qb.andWhere(
        `${ALIAS}.id IN (SELECT indicator_id FROM assignment WHERE agency_id = :${field} AND ends_on IS NULL
          ${lead ? "AND role = 'LEAD'" : ""})`,
        { [field]: assertId(f[field]!, `filter.${field}`) },
      );
    }
  },
};

@Resolver(() => Indicator)
export class IndicatorResolver extends createAdminResolver({
  type: Indicator,
  filter: IndicatorFilter,
  plural: "Indicators",
  spec: indicatorList,
  crud: indicatorCrud,
  args: IndicatorArgs,
  updateArgs: UpdateIndicatorArgs,
  manage: Permission.ManageCongress,
}) {
  @FieldResolver(() => Target)
  @FromStatement(indicatorTarget)
  async target(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Target | null> {
    return indicatorTarget.loadOne(ctx, indicator, {}, info);
  }

  @FieldResolver(() => [Assignment], {
    description: "Who leads and coordinates it, current and past.",
  })
  async assignments(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg("active", () => Boolean, {
      nullable: true,
      description: "Only current (true) or only ended (false).",
    })
    active?: boolean,
  ): Promise<Assignment[]> {
    return assignmentsBy(ctx, "indicatorId", indicator.id, active);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency that currently leads it (chủ trì).",
  })
  @FromStatement(leadAgency)
  async leadAgency(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Agency | null> {
    return leadAgency.loadOne(ctx, indicator, {}, info);
  }

  @FieldResolver(() => [Measurement], {
    description:
      "Its figures the caller may read, oldest period first (approved ones for everyone).",
  })
  @FromStatement(indicatorFigures)
  async measurements(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("status", () => MeasurementStatus, { nullable: true }) status?: MeasurementStatus,
    @Arg("year", () => Int, { nullable: true }) year?: number,
    @Arg("period", () => PeriodType, { nullable: true }) period?: PeriodType,
    @Arg("valueKind", () => ValueKind, { nullable: true }) valueKind?: ValueKind,
    @Arg("last", () => Int, {
      nullable: true,
      description: "Only the latest N years that have a figure (1–50).",
    })
    last?: number,
  ): Promise<Measurement[]> {
    return indicatorFigures.load(ctx, indicator, { status, year, period, valueKind, last }, info);
  }
}
