/** The relations of an indicator besides its assignments and figures (server/read/relations.ts). */
import { belongsTo, relation } from "../../read/relations";
import { Target } from "../target/target.entity";

export const indicatorTarget = relation<Target>("Indicator.target", belongsTo(Target, "targetId"));
