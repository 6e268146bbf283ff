/**
 * File downloads over HTTP, for people and spreadsheets: every list as CSV
 * (with the list's own scope), and the target table ("Biểu chỉ tiêu") as XLSX
 * or CSV for signed-in callers (it carries who approved each figure).
 */
import { Router, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { Permission } from "../../auth/permissions";
import { badInput, unauthenticated } from "../../common/errors";
import { assertId } from "../../common/ids";
import type { RequestContext } from "../../context";
import type { Logger } from "../../logger";
import { listCsv } from "./list-csv";
import { buildTargetTable } from "../progress/target-table";
import { targetTableCsv, targetTableXlsx } from "../progress/target-table.export";

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

export function exportsRouter(
  contextFor: (req: Request, res: Response) => Promise<RequestContext>,
  log: Logger,
): Router {
  const fail = (res: Response, error: unknown) => {
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
  };
  const router = Router();
  router.get("/:resource.csv", async (req, res, next) => {
    if (req.params.resource === "target-table") return next();
    try {
      const ctx = await contextFor(req, res);
      const csv = await listCsv(ctx, req.params.resource, req);
      res.setHeader("content-disposition", `attachment; filename="${req.params.resource}.csv"`);
      res.type("text/csv; charset=utf-8").send(csv);
    } catch (error) {
      fail(res, error);
    }
  });
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
      if (!Number.isInteger(year) || year < 1900 || year > 2200)
        throw badInput("year", "year phải là một năm, ví dụ 2025 (year must be a year)");
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
      fail(res, error);
    }
  });
  return router;
}
