/**
 * A record's audit trail: who did what, when, what changed and why, read from
 * the record's own `history` field (everyone who may read the record may read
 * its history; the full audit log is for administrators).
 */
import {
  Box,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Loading, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { graphql } from "../generated";
import type { HistoryEntryFragment } from "../generated/graphql";
import { gql } from "../graphql";
import { formatDate, formatDateTime, formatNumber } from "./format";

graphql(`
  fragment HistoryEntry on AuditEvent {
    id
    action
    actorLabel
    actorName
    reason
    at
    before
    after
  }
`);

export type HistoryEntry = HistoryEntryFragment;

/** One query per type with a `history` field; `type` is its GraphQL type. */
const HISTORY = {
  Agency: graphql(`
    query AgencyHistory($id: ID!) {
      record: Agency(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  Assignment: graphql(`
    query AssignmentHistory($id: ID!) {
      record: Assignment(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  Congress: graphql(`
    query CongressHistory($id: ID!) {
      record: Congress(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  Indicator: graphql(`
    query IndicatorHistory($id: ID!) {
      record: Indicator(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  KeyTask: graphql(`
    query KeyTaskHistory($id: ID!) {
      record: KeyTask(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  Measurement: graphql(`
    query MeasurementHistory($id: ID!) {
      record: Measurement(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
  Target: graphql(`
    query TargetHistory($id: ID!) {
      record: Target(id: $id) {
        history {
          ...HistoryEntry
        }
      }
    }
  `),
};

export type HistoryType = keyof typeof HISTORY;

/** Bookkeeping columns that change on every write and tell nothing. */
const SKIPPED = new Set(["updatedAt", "createdAt", "version", "id", "passwordHash", "tokenHash"]);

export function changes(entry: Pick<HistoryEntry, "before" | "after">) {
  // JSON on the wire: the record's columns before and after the change.
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = Array.from(new Set([...Object.keys(before), ...Object.keys(after)]));
  return (
    keys
      .filter((key) => !SKIPPED.has(key))
      // Ids say nothing to a reader: the actor is named above, the record is the page's.
      .filter((key) => !/Id$/.test(key))
      .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
      .map((key) => ({ key, before: before[key] ?? null, after: after[key] ?? null }))
  );
}

/** Which enum a field's values belong to, by record type. */
function enumOf(type: string, key: string): string | null {
  switch (key) {
    case "status":
    case "period":
    case "valueKind":
    case "frequency":
    case "domain":
    case "comparator":
    case "unitKind":
      return key;
    case "role":
      return type === "User" ? "role" : "assignmentRole";
    case "kind":
      return type === "Agency" ? "agencyKind" : type === "Indicator" ? "indicatorKind" : null;
    default:
      return null;
  }
}

const NUMERIC = new Set(["value", "targetMin", "targetMax", "baselineValue"]);

function useValueText(type: string) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    const group = enumOf(type, key);
    if (group) return translate(`app.enums.${group}.${value}`, { _: String(value) });
    if (typeof value === "boolean")
      return translate(value ? "ra.boolean.true" : "ra.boolean.false");
    if (typeof value === "object") return JSON.stringify(value);
    const text = String(value);
    if (NUMERIC.has(key)) return formatNumber(text, locale, 6);
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatDateTime(text, locale);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, locale);
    return text;
  };
}

export function HistoryList({ type, entries }: { type: string; entries: HistoryEntry[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const valueText = useValueText(type);
  if (entries.length === 0) {
    return <Typography color="text.secondary">{translate("app.history.empty")}</Typography>;
  }
  // Newest first: what an official looks for is what happened last.
  const ordered = [...entries].reverse();
  return (
    <Stack spacing={1.5} data-testid="history">
      {ordered.map((entry) => {
        const verb = entry.action.split(".").pop() ?? entry.action;
        const diff = changes(entry);
        return (
          <Paper key={entry.id} variant="outlined" sx={{ p: 1.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <Chip
                size="small"
                label={translate(`app.history.actions.${verb}`, { _: entry.action })}
              />
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {entry.actorName ?? entry.actorLabel}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {formatDateTime(entry.at, locale)}
              </Typography>
            </Stack>
            {entry.reason ? (
              <Typography variant="body2" sx={{ mt: 1, fontStyle: "italic" }}>
                {translate("app.history.reason")}: “{entry.reason}”
              </Typography>
            ) : null}
            {diff.length > 0 ? (
              <Table size="small" sx={{ mt: 1, tableLayout: "fixed" }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: "25%" }}>{translate("app.history.field")}</TableCell>
                    <TableCell>{translate("app.history.before")}</TableCell>
                    <TableCell>{translate("app.history.after")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diff.map((d) => (
                    <TableRow key={d.key}>
                      <TableCell>
                        {translate(`resources.${type}.fields.${d.key}`, { _: d.key })}
                      </TableCell>
                      <TableCell sx={{ color: "text.secondary", wordBreak: "break-word" }}>
                        {valueText(d.key, d.before)}
                      </TableCell>
                      <TableCell sx={{ wordBreak: "break-word" }}>
                        {valueText(d.key, d.after)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The audit trail of one record (oldest first), shared by the tab and the "submitted by" lines. */
export function useHistory(type: HistoryType, id: string | number | undefined) {
  return useQuery({
    queryKey: ["history", type, id],
    enabled: !!id,
    queryFn: async () =>
      (await gql(HISTORY[type] as (typeof HISTORY)["Agency"], { id: String(id) })).record.history,
  });
}

/** The history of the record in context; `type` is its GraphQL type. */
export function HistoryTab({ type }: { type: HistoryType }) {
  const record = useRecordContext();
  const { data, isPending, error } = useHistory(type, record?.id);
  if (isPending) return <Loading />;
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  return (
    <Box sx={{ py: 1 }}>
      <HistoryList type={type} entries={data ?? []} />
    </Box>
  );
}
