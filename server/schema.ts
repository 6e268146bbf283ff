/** Builds the GraphQL schema from every module's resolvers. */
import "reflect-metadata";
import { registerEnumType, buildSchema, type NonEmptyArray } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "./auth/allow";
import * as enums from "./common/enums";
import { AgencyResolver } from "./modules/agency/agency.resolver";
import { ApiTokenResolver } from "./modules/api-token/api-token.resolver";
import { AssignmentResolver } from "./modules/assignment/assignment.resolver";
import { AuditEventResolver } from "./modules/audit/audit-event.resolver";
import { CongressResolver } from "./modules/congress/congress.resolver";
import { ResolutionResolver } from "./modules/congress/resolution.resolver";
import { ImportResolver } from "./modules/import/import.resolver";
import { IndicatorResolver } from "./modules/indicator/indicator.resolver";
import { KeyTaskResolver } from "./modules/key-task/key-task.resolver";
import { MeasurementResolver } from "./modules/measurement/measurement.resolver";
import {
  AgencyProgressResolver,
  IndicatorProgressResolver,
  KeyTaskProgressResolver,
  ProgressResolver,
  TargetProgressResolver,
} from "./modules/progress/progress.resolver";
import { ProvinceResolver } from "./modules/province/province.resolver";
import { TargetResolver } from "./modules/target/target.resolver";
import { AuthResolver } from "./modules/user/auth.resolver";
import { UserResolver } from "./modules/user/user.resolver";
import { HistoryResolver } from "./modules/audit/history.resolver";

for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ProvinceResolver,
  CongressResolver,
  ResolutionResolver,
  KeyTaskResolver,
  TargetResolver,
  IndicatorResolver,
  AgencyResolver,
  AssignmentResolver,
  MeasurementResolver,
  UserResolver,
  ApiTokenResolver,
  AuditEventResolver,
  AuthResolver,
  ImportResolver,
  ProgressResolver,
  IndicatorProgressResolver,
  TargetProgressResolver,
  KeyTaskProgressResolver,
  AgencyProgressResolver,
  ...HistoryResolver,
];

let built: GraphQLSchema | undefined;

export async function createSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({ resolvers, authChecker, validate: false });
  return built;
}
