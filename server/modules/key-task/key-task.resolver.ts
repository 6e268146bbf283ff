import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Permission } from "../../auth/permissions";
import { createAdminResolver } from "../../common/admin-resolver";
import type { RequestContext } from "../../context";
import { Congress } from "../congress/congress.entity";
import { Target } from "../target/target.entity";
import { KeyTask } from "./key-task.entity";
import { targetsOfKeyTasks } from "./key-task.loaders";
import { keyTaskCrud, keyTaskList } from "./key-task.service";
import { KeyTaskArgs, UpdateKeyTaskArgs, KeyTaskFilter } from "./key-task.inputs";

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
