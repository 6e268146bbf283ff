/** The relations of an indicator besides its assignments and figures (server/read/relations.ts). */
import { belongsTo, hasMany, relation } from "../../read/relations";
import { Target } from "../target/target.entity";
import { Indicator } from "./indicator.entity";

export const indicatorTarget = relation<Target>("Indicator.target", belongsTo(Target, "targetId"));

/** The same quantity in the previous term's resolution (issue 14: one term to the next). */
export const indicatorPredecessor = relation<Indicator>(
  "Indicator.predecessor",
  belongsTo(Indicator, "predecessorId"),
);

/** The indicators of later terms that continue this one. */
export const indicatorSuccessors = relation<Indicator>(
  "Indicator.successors",
  hasMany(Indicator, "predecessorId", { "row.code": "ASC" }),
);
