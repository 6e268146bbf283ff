/**
 * The accounts of the national data set: one head (lãnh đạo, reviews figures) and one
 * reporter (chuyên viên, submits them) per agency. They all share one password, from
 * SCALE_PASSWORD or this default: the data set is for load tests, never for production.
 */
import { Role } from "../../common/enums";

export const DEFAULT_SCALE_PASSWORD = "scale-demo-2025";

export function scalePassword(env: Record<string, string | undefined> = process.env): string {
  return env.SCALE_PASSWORD || DEFAULT_SCALE_PASSWORD;
}

/** "lanhdao.ctk@t20.scale.example": the head of Cục Thống kê of province 20 (Lạng Sơn). */
export function scaleEmail(
  role: Role.AGENCY_HEAD | Role.REPORTER,
  agencyCode: string,
  provinceCode: string,
): string {
  const who = role === Role.AGENCY_HEAD ? "lanhdao" : "chuyenvien";
  return `${who}.${agencyCode.toLowerCase()}@t${provinceCode}.scale.example`;
}
