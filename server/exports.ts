/**
 * File downloads over HTTP, for people and spreadsheets: the target table
 * ("Biểu chỉ tiêu") as XLSX or CSV. Signed-in callers only (the table carries
 * who approved each figure).
 */
import { Router, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { Permission } from "./auth/permissions";
import { unauthenticated } from "./common/errors";
import { assertId } from "./common/ids";
import type { RequestContext } from "./context";
import type { Logger } from "./logger";
import { buildTargetTable } from "./modules/progress/target-table";
import { targetTableCsv, targetTableXlsx } from "./modules/progress/target-table.export";

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

export function exportsRouter(
  contextFor: (req: Request, res: Response) => Promise<RequestContext>,
  log: Logger,
): Router {
  const router = Router();
  router.get("/target-table.:format", async (req, res) => {
    try {
      const format = req.params.format;
      if (format !== "xlsx" && format !== "csv") {
        res.status(404).json({ error: "Chỉ có định dạng xlsx hoặc csv (xlsx or csv)" });
        return;
      }
      const ctx = await contextFor(req, res);
      if (!ctx.permissions.has(Permission.Authenticated)) throw unauthenticated();
      const congressId = assertId(String(req.query.congressId ?? ""), "congressId");
      const year = Number(req.query.year ?? new Date().getFullYear());
      const table = await buildTargetTable(ctx, congressId, year);
      const name = `bieu-chi-tieu-${year}.${format}`;
      res.setHeader("content-disposition", `attachment; filename="${name}"`);
      if (format === "xlsx") {
        res
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .send(await targetTableXlsx(table));
      } else {
        res.type("text/csv; charset=utf-8").send(targetTableCsv(table));
      }
    } catch (error) {
      if (error instanceof GraphQLError && typeof error.extensions.code === "string") {
        res
          .status(STATUS[error.extensions.code] ?? 400)
          .json({ error: error.message, ...error.extensions });
        return;
      }
      res.status(500).json({
        error: "Lỗi máy chủ nội bộ (internal server error)",
        requestId: res.locals.requestId,
      });
      log.error({ err: error, requestId: res.locals.requestId }, "export failed");
    }
  });
  return router;
}
