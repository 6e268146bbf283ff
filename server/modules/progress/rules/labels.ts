/** The words for a verdict and for a track status, as the province writes them. */
import type { TrackStatus, Verdict } from "./types";

export const verdictLabel: Record<Verdict, string> = {
  EXCEEDED: "Vượt",
  MET: "Đạt",
  NOT_MET: "Không đạt",
  NO_DATA: "Chưa có số liệu",
};

export const verdictLabelEn: Record<Verdict, string> = {
  EXCEEDED: "Exceeded",
  MET: "Met",
  NOT_MET: "Not met",
  NO_DATA: "No data",
};

/** The label of a term's track status (not of a figure's workflow status). */
export const trackStatusLabel: Record<TrackStatus, string> = {
  ON_TRACK: "Đúng tiến độ",
  AT_RISK: "Có nguy cơ không đạt",
  OFF_TRACK: "Chậm tiến độ",
};
