/** The relations of a target (server/read/relations.ts). */
import { hasMany, loadedBy, relation } from "../../read/relations";
import { Indicator } from "../indicator/indicator.entity";

loadedBy("Target.congress", ["congressId"]);
loadedBy("Target.keyTasks");
loadedBy("Target.keyTaskIds");

/** Its indicators, in order. */
export const targetIndicators = relation<Indicator>(
  "Target.indicators",
  hasMany(Indicator, "targetId", { "row.position": "ASC", "row.code": "ASC" }),
);
