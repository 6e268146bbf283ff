import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { ALIAS, whereEquals, type ListSpec } from "../../common/list";
import { assertId } from "../../common/ids";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Target } from "../target/target.entity";
import { KeyTask } from "./key-task.entity";
import { targetsOfKeyTasks } from "./key-task.loaders";
import { keyTaskCrud } from "./key-task.service";
import { KeyTaskArgs, UpdateKeyTaskArgs } from "./key-task.inputs";

@InputType({ description: "Filter for allKeyTasks." })
export class KeyTaskFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true, description: "Search in title and text." }) q?: string;
  @Field(() => ID, { nullable: true }) congressId?: string;
  @Field(() => Int, { nullable: true }) ordinal?: number;
  @Field(() => ID, { nullable: true, description: "Key tasks a target serves." }) targetId?: string;
}

export const keyTaskList: ListSpec<KeyTask, KeyTaskFilter> = {
  entity: KeyTask,
  typeName: "KeyTask",
  allow: [Permission.ReadPublic],
  sortable: { ordinal: "ordinal", title: "title", createdAt: "createdAt" },
  defaultSort: { field: "ordinal", order: "ASC" },
  searchable: ["title", "titleEn", "text"],
  filter(qb, f) {
    whereEquals(qb, "congressId", f.congressId, "filter.congressId");
    whereEquals(qb, "ordinal", f.ordinal, "filter.ordinal");
    if (f.targetId) {
      qb.andWhere(
        `${ALIAS}.id IN (SELECT key_task_id FROM target_key_task WHERE target_id = :targetId)`,
        { targetId: assertId(f.targetId, "filter.targetId") },
      );
    }
  },
};

@Resolver(() => KeyTask)
export class KeyTaskResolver extends createAdminResolver({
  type: KeyTask,
  filter: KeyTaskFilter,
  plural: "KeyTasks",
  spec: keyTaskList,
  crud: keyTaskCrud,
  args: KeyTaskArgs,
  updateArgs: UpdateKeyTaskArgs,
  manage: Permission.ManageCongress,
}) {
  @FieldResolver(() => Congress)
  async congress(@Root() task: KeyTask, @Ctx() ctx: RequestContext): Promise<Congress | null> {
    return ctx.loaders.byId(Congress).load(task.congressId);
  }

  @FieldResolver(() => [Target], {
    description: "The targets that serve this key task, by number.",
  })
  async targets(@Root() task: KeyTask, @Ctx() ctx: RequestContext): Promise<Target[]> {
    return targetsOfKeyTasks(ctx).load(task.id);
  }
}
