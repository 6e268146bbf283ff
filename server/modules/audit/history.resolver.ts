/**
 * `history` on every audited record: its audit events, oldest first. A
 * caller sees the history of the records they may read (the field is only
 * reached through a record already in their scope).
 */
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { RequestContext } from "../../context";
import { Agency } from "../agency/agency.entity";
import { Assignment } from "../assignment/assignment.entity";
import { Congress } from "../congress/congress.entity";
import { Indicator } from "../indicator/indicator.entity";
import { KeyTask } from "../key-task/key-task.entity";
import { Measurement } from "../measurement/measurement.entity";
import { Target } from "../target/target.entity";
import { AuditEvent } from "./audit-event.entity";
import { visibleHistory } from "./history.service";

function historyOf(type: ClassType<{ id: string }>) {
  @Resolver(() => type)
  class TypeHistoryResolver {
    @FieldResolver(() => [AuditEvent], {
      description: "Who changed this record, when, what and why; oldest first.",
    })
    async history(@Root() row: { id: string }, @Ctx() ctx: RequestContext): Promise<AuditEvent[]> {
      return visibleHistory(ctx, row.id);
    }
  }
  Object.defineProperty(TypeHistoryResolver, "name", { value: `${type.name}HistoryResolver` });
  return TypeHistoryResolver;
}

export const HistoryResolver = [
  Congress,
  KeyTask,
  Target,
  Indicator,
  Agency,
  Assignment,
  Measurement,
].map(historyOf);
