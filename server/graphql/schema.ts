/** Builds the GraphQL schema from every module's resolvers. */
import "reflect-metadata";
import {
  buildSchema,
  getMetadataStorage,
  registerEnumType,
  type NonEmptyArray,
} from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "../auth/allow";
import { answerFromParent } from "../read/prefetch";
import * as enums from "../common/enums";
import { AgencyResolver } from "../modules/agency/agency.resolver";
import { AssessmentResolver } from "../modules/assessment/assessment.resolver";
import { ApiTokenResolver } from "../modules/api-token/api-token.resolver";
import { AssignmentResolver } from "../modules/assignment/assignment.resolver";
import { AuditEventResolver } from "../modules/audit/audit-event.resolver";
import { CongressResolver } from "../modules/congress/congress.resolver";
import { ResolutionResolver } from "../modules/congress/resolution.resolver";
import { ImportResolver } from "../modules/import/import.resolver";
import { ResolutionImportResolver } from "../modules/resolution-import/resolution-import.resolver";
import { IndicatorResolver } from "../modules/indicator/indicator.resolver";
import { IndicatorTermsResolver } from "../modules/indicator/indicator-terms.resolver";
import { CarryForwardResolver } from "../modules/assignment/carry-forward.resolver";
import { KeyTaskResolver } from "../modules/key-task/key-task.resolver";
import { MeasurementResolver } from "../modules/measurement/measurement.resolver";
import { WorkflowResolver } from "../modules/measurement/workflow.resolver";
import {
  MeasurementReturnLoopResolver,
  MissingReportFigureResolver,
} from "../modules/measurement/return-loop.resolver";
import {
  AgencyProgressResolver,
  IndicatorProgressResolver,
  KeyTaskProgressResolver,
  ProgressResolver,
  TargetProgressResolver,
} from "../modules/progress/progress.resolver";
import { ProvinceResolver } from "../modules/province/province.resolver";
import { TargetResolver } from "../modules/target/target.resolver";
import { AuthResolver } from "../modules/user/auth.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { AuditActorNameResolver } from "../modules/audit/actor-name.resolver";
import { HistoryResolver } from "../modules/audit/history.resolver";
import { ReminderResolver } from "../modules/reminder/reminder.resolver";

for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ProvinceResolver,
  CongressResolver,
  ResolutionResolver,
  KeyTaskResolver,
  TargetResolver,
  AssessmentResolver,
  IndicatorResolver,
  IndicatorTermsResolver,
  AgencyResolver,
  AssignmentResolver,
  CarryForwardResolver,
  MeasurementResolver,
  WorkflowResolver,
  MeasurementReturnLoopResolver,
  MissingReportFigureResolver,
  UserResolver,
  ApiTokenResolver,
  AuditEventResolver,
  AuditActorNameResolver,
  AuthResolver,
  ImportResolver,
  ResolutionImportResolver,
  ProgressResolver,
  IndicatorProgressResolver,
  TargetProgressResolver,
  KeyTaskProgressResolver,
  AgencyProgressResolver,
  ...HistoryResolver,
  ReminderResolver,
];

/**
 * Object fields with neither @Allow nor a middleware read their property with graphql's
 * default resolver, rather than type-graphql's wrapper running an empty middleware chain
 * for each of the ~1,500 fields of a page of targets. A field that gains @Allow or a
 * middleware keeps the wrapper, so its check still runs.
 */
function plainFieldsResolveDirectly(guarded: ReadonlySet<string>): void {
  const storage = getMetadataStorage();
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.schemaName !== field.name) continue;
    if (!guarded.has(`${field.target.name}.${field.name}`)) field.simple = true;
  }
}

let built: GraphQLSchema | undefined;

export async function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  const storage = getMetadataStorage();
  // `Type.field` of everything with @Allow or a middleware.
  const guarded = new Set(
    [...storage.authorizedFields, ...storage.middlewares].map(
      (m) => `${m.target.name}.${m.fieldName}`,
    ),
  );
  plainFieldsResolveDirectly(guarded);
  built = await buildSchema({ resolvers, authChecker, validate: false });
  // Field resolvers by the type they resolve for (known once the schema is built).
  for (const resolver of storage.fieldResolvers) {
    if (resolver.roles || resolver.middlewares?.length)
      guarded.add(`${resolver.getObjectType?.().name}.${resolver.schemaName}`);
  }
  answerFromParent(built, guarded);
  return built;
}
