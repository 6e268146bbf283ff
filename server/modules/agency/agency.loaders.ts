/** The relations of an agency answered by the generic loaders (server/read/relations.ts). */
import { loadedBy } from "../../read/relations";

loadedBy("Agency.province", ["provinceId"]);
loadedBy("Agency.parent", ["parentId"]);
loadedBy("Agency.children");
loadedBy("Agency.successor", ["successorId"]);
loadedBy("Agency.predecessors");
