/**
 * Loading a resolution's targets from its text, on its congress's page: paste the main-targets
 * section, read it into a draft (parseResolutionTargets), correct it in the table (each row
 * beside the phrase it was read from, problems highlighted), confirm. Nothing is written before
 * the confirmation; then all of it at once (importResolutionTargets). Targets already there with
 * the same number and text are shown as such and not sent again.
 */
import UploadFileIcon from "@mui/icons-material/UploadFile";
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { COMPARATORS, DIRECTIONS, DOMAINS, INDICATOR_KINDS } from "../common/choices";
import { parseDecimal } from "../common/format";
import { useCaller } from "../common/useCaller";
import { graphql } from "../generated";
import type { ParseResolutionTargetsQuery, TargetDomain } from "../generated/graphql";
import { gql } from "../graphql";
import { PredecessorCell } from "./PredecessorCell";
import type { Congress } from "../generated/schema";

const PARSE = graphql(`
  query ParseResolutionTargets($text: String!, $year: Int!, $c: ID) {
    parseResolutionTargets(text: $text, termEndYear: $year, congressId: $c) {
      targets {
        number
        text
        problems
        indicators {
          phrase
          name
          kind
          comparator
          targetMin
          targetMax
          unit
          targetYear
          direction
          problems
          proposedPredecessor {
            id
          }
        }
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ImportResolutionTargets($c: ID!, $t: [ImportTargetInput!]!) {
    importResolutionTargets(congressId: $c, targets: $t) {
      createdTargets
      createdIndicators
      skippedTargets
    }
  }
`);
const EXISTING = graphql(`
  query ExistingTargets($c: ID) {
    allTargets(filter: { congressId: $c }, perPage: 100) {
      number
      text
    }
  }
`);

type ParsedTarget = ParseResolutionTargetsQuery["parseResolutionTargets"]["targets"][number];
/** A row of the draft: bounds as typed (Vietnamese), a domain once chosen ("" until then). */
type DraftIndicator = ParsedTarget["indicators"][number] & { predecessorId: string | null };
type DraftTarget = Omit<ParsedTarget, "indicators"> & {
  indicators: DraftIndicator[];
  domain: TargetDomain | "";
  existing: boolean;
};

const normal = (s: string) => s.replace(/\s+/g, " ").trim();

/** "4400000" → "4.400.000", "3.5" → "3,5": bounds are shown and typed the Vietnamese way. */
function viText(decimal: string | null): string {
  if (decimal === null) return "";
  const [whole, fraction] = decimal.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction ? `${grouped},${fraction}` : grouped;
}

export function LoadTargetsPanel() {
  const record = useRecordContext<Pick<Congress, "id" | "termEndYear">>();
  const translate = useTranslate();
  const caller = useCaller();
  const [open, setOpen] = useState(false);
  const targets = useQuery({
    queryKey: ["congress-targets", record?.id],
    enabled: !!record,
    queryFn: () => gql(EXISTING, { c: record!.id }),
  });
  if (!record || !caller || !targets.data) return null;
  if (!caller.permissions.includes("ManageCongress")) return null;
  const empty = targets.data.allTargets.length === 0;
  return (
    <Box sx={{ my: 2 }}>
      {empty ? (
        <Alert severity="info" data-testid="no-targets" sx={{ mb: 1 }}>
          {translate("app.load_targets.empty")}
        </Alert>
      ) : null}
      <Button
        variant={empty ? "contained" : "outlined"}
        startIcon={<UploadFileIcon />}
        onClick={() => setOpen(true)}
        data-testid="load-targets"
      >
        {translate("app.load_targets.open")}
      </Button>
      {open ? (
        <LoadTargetsDialog
          congressId={record.id}
          termEndYear={record.termEndYear}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Box>
  );
}

function LoadTargetsDialog(props: {
  congressId: string;
  termEndYear: number;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down("md"));
  const [text, setText] = useState("");
  const [draft, setDraft] = useState<DraftTarget[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ parseResolutionTargets }, { allTargets }] = await Promise.all([
        gql(PARSE, { text, year: props.termEndYear, c: props.congressId }),
        gql(EXISTING, { c: props.congressId }),
      ]);
      const there = new Map(allTargets.map((t) => [t.number, normal(t.text)]));
      setDraft(
        parseResolutionTargets.targets.map((t) => ({
          ...t,
          indicators: t.indicators.map((i) => ({
            ...i,
            targetMin: viText(i.targetMin),
            targetMax: viText(i.targetMax),
            predecessorId: i.proposedPredecessor?.id ?? null,
          })),
          domain: "",
          existing: there.get(t.number) === normal(t.text),
        })),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const toSend = (draft ?? []).filter((t) => !t.existing && t.indicators.length > 0);
  const bound = (typed: string | null) => (typed ? parseDecimal(typed) : null);
  const numbersOk = toSend.every((t) =>
    t.indicators.every(
      (i) =>
        (!i.targetMin || bound(i.targetMin) !== null) &&
        (!i.targetMax || bound(i.targetMax) !== null),
    ),
  );
  const ready = toSend.length > 0 && numbersOk && toSend.every((t) => t.domain !== "");

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const targets = toSend.map((t) => ({
        number: t.number,
        text: t.text,
        domain: t.domain as TargetDomain,
        indicators: t.indicators.map((i) => ({
          phrase: i.phrase,
          name: i.name,
          kind: i.kind,
          comparator: i.comparator,
          targetMin: bound(i.targetMin),
          targetMax: bound(i.targetMax),
          unit: i.unit,
          direction: i.direction,
          predecessorId: i.predecessorId,
        })),
      }));
      const { importResolutionTargets: r } = await gql(CONFIRM, {
        c: props.congressId,
        t: targets,
      });
      notify("app.load_targets.done", {
        type: "success",
        messageArgs: { targets: r.createdTargets, indicators: r.createdIndicators },
      });
      await queryClient.invalidateQueries();
      refresh();
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const update = (t: number, i: number, patch: Partial<DraftIndicator>) =>
    setDraft((d) =>
      d!.map((target, k) =>
        k !== t
          ? target
          : {
              ...target,
              indicators: target.indicators.map((ind, j) => (j === i ? { ...ind, ...patch } : ind)),
            },
      ),
    );
  const setDomain = (t: number, domain: TargetDomain) =>
    setDraft((d) => d!.map((target, k) => (k === t ? { ...target, domain } : target)));

  const select = <V extends string>(
    value: V | "",
    values: readonly V[],
    group: string,
    onChange: (v: V) => void,
    testId: string,
  ) => (
    <TextField
      select
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value as V)}
      slotProps={{ htmlInput: { "data-testid": testId } }}
      sx={{ minWidth: 120 }}
    >
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {translate(`app.enums.${group}.${v}`)}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Dialog open fullScreen={narrow} maxWidth="xl" fullWidth onClose={props.onClose}>
      <DialogTitle>{translate("app.load_targets.title")}</DialogTitle>
      <DialogContent dividers>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        {draft === null ? (
          <Stack spacing={1}>
            <Typography variant="body2">{translate("app.load_targets.help")}</Typography>
            <TextField
              multiline
              minRows={10}
              maxRows={24}
              value={text}
              onChange={(e) => setText(e.target.value)}
              slotProps={{ htmlInput: { "data-testid": "resolution-text", maxLength: 256 * 1024 } }}
              placeholder="(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân …"
            />
          </Stack>
        ) : (
          <Box sx={{ overflowX: "auto" }}>
            <Table size="small" data-testid="draft-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("app.load_targets.phrase")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.name")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.kind")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.comparator")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.targetMin")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.targetMax")}</TableCell>
                  <TableCell>{translate("resources.Indicator.fields.unit")}</TableCell>
                  <TableCell>{translate("app.load_targets.direction")}</TableCell>
                  <TableCell>{translate("terms.predecessor")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {draft.map((t, k) => (
                  <Fragment key={t.number}>
                    <TableRow sx={{ bgcolor: "grey.100" }} data-testid={`draft-target-${t.number}`}>
                      <TableCell colSpan={6}>
                        <strong>({t.number})</strong> {t.text}
                        {t.problems.map((p) => (
                          <Chip key={p} size="small" color="warning" label={p} sx={{ ml: 1 }} />
                        ))}
                      </TableCell>
                      <TableCell colSpan={3}>
                        {t.existing ? (
                          <Chip size="small" label={translate("app.load_targets.existing")} />
                        ) : t.indicators.length > 0 ? (
                          select(
                            t.domain,
                            DOMAINS,
                            "domain",
                            (v) => setDomain(k, v),
                            `domain-${t.number}`,
                          )
                        ) : null}
                      </TableCell>
                    </TableRow>
                    {t.indicators.map((i, j) => (
                      <TableRow
                        key={j}
                        data-testid={`draft-row-${t.number}-${j}`}
                        sx={
                          i.problems.length
                            ? { bgcolor: "warning.50", "& td": { borderColor: "warning.light" } }
                            : undefined
                        }
                      >
                        <TableCell
                          sx={{
                            minWidth: 220,
                            maxWidth: 320,
                            color: "text.secondary",
                            fontSize: 13,
                          }}
                        >
                          {i.phrase}
                          {i.problems.map((p) => (
                            <Typography
                              key={p}
                              variant="caption"
                              color="warning.dark"
                              component="div"
                            >
                              ⚠ {p}
                            </Typography>
                          ))}
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            value={i.name}
                            disabled={t.existing}
                            onChange={(e) => update(k, j, { name: e.target.value })}
                            slotProps={{ htmlInput: { "data-testid": `name-${t.number}-${j}` } }}
                            sx={{ minWidth: 220 }}
                          />
                        </TableCell>
                        <TableCell>
                          {select(
                            i.kind,
                            INDICATOR_KINDS,
                            "indicatorKind",
                            (v) => update(k, j, { kind: v }),
                            `kind-${t.number}-${j}`,
                          )}
                        </TableCell>
                        <TableCell>
                          {select(
                            i.comparator,
                            COMPARATORS,
                            "comparator",
                            (v) => update(k, j, { comparator: v }),
                            `comparator-${t.number}-${j}`,
                          )}
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            value={i.targetMin ?? ""}
                            error={!!i.targetMin && bound(i.targetMin) === null}
                            onChange={(e) => update(k, j, { targetMin: e.target.value })}
                            slotProps={{ htmlInput: { "data-testid": `min-${t.number}-${j}` } }}
                            sx={{ width: 100 }}
                          />
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            value={i.targetMax ?? ""}
                            error={!!i.targetMax && bound(i.targetMax) === null}
                            onChange={(e) => update(k, j, { targetMax: e.target.value })}
                            slotProps={{ htmlInput: { "data-testid": `max-${t.number}-${j}` } }}
                            sx={{ width: 100 }}
                          />
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            value={i.unit}
                            onChange={(e) => update(k, j, { unit: e.target.value })}
                            sx={{ width: 120 }}
                          />
                        </TableCell>
                        <TableCell>
                          {select(
                            i.direction,
                            DIRECTIONS,
                            "direction",
                            (v) => update(k, j, { direction: v }),
                            `direction-${t.number}-${j}`,
                          )}
                        </TableCell>
                        <TableCell>
                          <PredecessorCell
                            congressId={props.congressId}
                            value={i.predecessorId}
                            proposedId={i.proposedPredecessor?.id}
                            disabled={t.existing}
                            onChange={(id) => update(k, j, { predecessorId: id })}
                            testId={`predecessor-${t.number}-${j}`}
                          />
                        </TableCell>
                      </TableRow>
                    ))}
                  </Fragment>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{translate("ra.action.cancel")}</Button>
        {draft === null ? (
          <Button
            variant="contained"
            disabled={busy || !text.trim()}
            onClick={() => void read()}
            data-testid="read-draft"
          >
            {translate("app.load_targets.read")}
          </Button>
        ) : (
          <>
            <Button onClick={() => setDraft(null)}>{translate("app.load_targets.back")}</Button>
            <Button
              variant="contained"
              disabled={busy || !ready}
              onClick={() => void confirm()}
              data-testid="confirm-draft"
            >
              {translate("app.load_targets.confirm", { smart_count: toSend.length })}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
