import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { MeasurementStatus, PeriodType, ValueKind } from "../../common/enums";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { createReadResolver } from "../../common/read-resolver";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { whereIndicatorWithin } from "../indicator/indicator.scope";
import { Measurement } from "./measurement.entity";
import { scopeMeasurements } from "./measurement.scope";

@InputType({ description: "Filter for allMeasurements." })
export class MeasurementFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in source and note." }) q?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => MeasurementStatus, { nullable: true }) status?: MeasurementStatus;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PeriodType, { nullable: true }) period?: PeriodType;
  @Field(() => ValueKind, { nullable: true }) valueKind?: ValueKind;
}

export const measurementList: ListSpec<Measurement, MeasurementFilter> = {
  entity: Measurement,
  typeName: "Measurement",
  sortable: {
    year: "year",
    period: "period",
    status: "status",
    value: "value",
    submittedAt: "submittedAt",
    reviewedAt: "reviewedAt",
    updatedAt: "updatedAt",
  },
  defaultSort: { field: "year", order: "DESC" },
  searchable: ["source", "note"],
  scope: (qb, ctx) => scopeMeasurements(qb, ALIAS, ctx),
  filter(qb, f) {
    whereEquals(qb, "indicatorId", f.indicatorId, "filter.indicatorId");
    whereEquals(qb, "agencyId", f.agencyId, "filter.agencyId");
    whereEquals(qb, "status", f.status, "filter.status");
    whereEquals(qb, "year", f.year, "filter.year");
    whereEquals(qb, "period", f.period, "filter.period");
    whereEquals(qb, "valueKind", f.valueKind, "filter.valueKind");
    whereIndicatorWithin(qb, f);
  },
};

@Resolver(() => Measurement)
export class MeasurementResolver extends createReadResolver({
  type: Measurement,
  filter: MeasurementFilter,
  plural: "Measurements",
  spec: measurementList,
  allow: [Permission.ReadPublic],
}) {
  @FieldResolver(() => Indicator)
  async indicator(@Root() m: Measurement, @Ctx() ctx: RequestContext): Promise<Indicator | null> {
    return ctx.loaders.byId(Indicator).load(m.indicatorId);
  }

  @FieldResolver(() => Agency, { description: "The reporting agency." })
  async agency(@Root() m: Measurement, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.byId(Agency).load(m.agencyId);
  }
}
