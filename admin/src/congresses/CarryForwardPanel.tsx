/**
 * On a congress's page: carry the previous term's assignments over to this term's continuing
 * indicators. Pick the previous congress, see the preview (assignmentCarryForward: each open
 * assignment, the agency that carries it now or why it is skipped), then confirm
 * (carryAssignmentsForward with the preview's fingerprint). Nothing is written before that.
 */
import MoveDownIcon from "@mui/icons-material/MoveDown";
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
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { roman } from "../common/format";
import { useHasPermission } from "../common/useCaller";
import { graphql } from "../generated";
import type { CarryPreviewQuery } from "../generated/graphql";
import { gql } from "../graphql";
import type { Congress } from "../generated/schema";

type CongressRecord = Pick<Congress, "id" | "ordinal" | "provinceId">;

const PREVIEW = graphql(`
  query CarryPreview($c: ID!, $p: ID!) {
    assignmentCarryForward(congressId: $c, previousCongressId: $p) {
      toCreate
      skipped
      fingerprint
      rows {
        indicatorId
        indicatorCode
        indicatorName
        predecessorCode
        fromAssignmentId
        fromAgencyName
        toAgencyName
        role
        outcome
        willCreate
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation CarryAssignmentsForward($c: ID!, $p: ID!, $f: String!) {
    carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {
      batchId
      created {
        id
      }
    }
  }
`);
const CONGRESSES = graphql(`
  query CarryForwardCongresses {
    allCongresses(perPage: 50, sortField: "ordinal", sortOrder: "DESC") {
      id
      ordinal
      provinceId
      termStartYear
      termEndYear
    }
  }
`);

type Plan = CarryPreviewQuery["assignmentCarryForward"];

const COLOUR: Record<string, "success" | "info" | "warning" | "default"> = {
  SAME_AGENCY: "success",
  SUCCESSOR: "info",
  NO_SUCCESSOR: "warning",
};

export function CarryForwardPanel() {
  const record = useRecordContext<CongressRecord>();
  const translate = useTranslate();
  const allowed = useHasPermission("AssignTarget");
  const [open, setOpen] = useState(false);
  if (!record || !allowed) return null;
  return (
    <Box sx={{ my: 2 }}>
      <Button
        variant="outlined"
        startIcon={<MoveDownIcon />}
        onClick={() => setOpen(true)}
        data-testid="carry-forward"
      >
        {translate("terms.carry.open")}
      </Button>
      {open ? <CarryForwardDialog congress={record} onClose={() => setOpen(false)} /> : null}
    </Box>
  );
}

function CarryForwardDialog(props: { congress: CongressRecord; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down("md"));
  const [chosen, setChosen] = useState<string | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const congresses = useQuery({
    queryKey: ["carry-forward-congresses"],
    queryFn: () => gql(CONGRESSES),
  });
  const earlier = (congresses.data?.allCongresses ?? []).filter(
    (c) => c.provinceId === props.congress.provinceId && c.ordinal < props.congress.ordinal,
  );
  const previous = chosen ?? earlier[0]?.id ?? "";

  const run = async <T,>(work: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const preview = () =>
    run(async () => {
      const { assignmentCarryForward } = await gql(PREVIEW, {
        c: props.congress.id,
        p: previous,
      });
      setPlan(assignmentCarryForward);
    });
  const confirm = () =>
    run(async () => {
      const { carryAssignmentsForward } = await gql(CONFIRM, {
        c: props.congress.id,
        p: previous,
        f: plan!.fingerprint,
      });
      notify("terms.carry.done", {
        type: "success",
        messageArgs: { smart_count: carryAssignmentsForward.created.length },
      });
      await queryClient.invalidateQueries();
      refresh();
      props.onClose();
    });

  return (
    <Dialog open fullScreen={narrow} maxWidth="lg" fullWidth onClose={props.onClose}>
      <DialogTitle>{translate("terms.carry.title")}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("terms.carry.help")}
        </Typography>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <TextField
          select
          size="small"
          label={translate("terms.carry.previous")}
          value={previous}
          onChange={(e) => {
            setChosen(e.target.value);
            setPlan(null);
          }}
          slotProps={{ htmlInput: { "data-testid": "previous-congress" } }}
          sx={{ minWidth: 260, mb: 2 }}
        >
          {earlier.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate("terms.carry.congress", {
                roman: roman(c.ordinal),
                term: `${c.termStartYear}–${c.termEndYear}`,
              })}
            </MenuItem>
          ))}
        </TextField>
        {plan === null ? null : plan.rows.length === 0 ? (
          <Alert severity="info" data-testid="carry-nothing">
            {translate("terms.carry.nothing")}
          </Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="carry-summary">
              {translate("terms.carry.summary", { create: plan.toCreate, skipped: plan.skipped })}
            </Typography>
            {narrow ? (
              <Box data-testid="carry-table">
                {plan.rows.map((r) => (
                  <Box
                    key={r.fromAssignmentId + r.indicatorId}
                    data-testid={`carry-row-${r.outcome}`}
                    sx={{ py: 1, borderBottom: 1, borderColor: "divider" }}
                  >
                    <Typography variant="body2">
                      <strong>{r.indicatorCode}</strong> {r.indicatorName} ← {r.predecessorCode}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {r.fromAgencyName} → {r.toAgencyName ?? "—"} ·{" "}
                      {translate(`app.enums.assignmentRole.${r.role}`)}
                    </Typography>
                    <Chip
                      size="small"
                      color={COLOUR[r.outcome] ?? "default"}
                      label={translate(`terms.carry.outcomes.${r.outcome}`)}
                      sx={{ mt: 0.5 }}
                    />
                  </Box>
                ))}
              </Box>
            ) : (
              <Box sx={{ overflowX: "auto" }}>
                <Table size="small" data-testid="carry-table">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate("terms.carry.indicator")}</TableCell>
                      <TableCell>{translate("terms.carry.from")}</TableCell>
                      <TableCell>{translate("terms.carry.role")}</TableCell>
                      <TableCell>{translate("terms.carry.to")}</TableCell>
                      <TableCell>{translate("terms.carry.outcome")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {plan.rows.map((r) => (
                      <TableRow
                        key={r.fromAssignmentId + r.indicatorId}
                        data-testid={`carry-row-${r.outcome}`}
                        sx={r.willCreate ? undefined : { "& td": { color: "text.secondary" } }}
                      >
                        <TableCell sx={{ minWidth: 180 }}>
                          <strong>{r.indicatorCode}</strong> {r.indicatorName}
                          <Typography variant="caption" component="div" color="text.secondary">
                            ← {r.predecessorCode}
                          </Typography>
                        </TableCell>
                        <TableCell>{r.fromAgencyName}</TableCell>
                        <TableCell>{translate(`app.enums.assignmentRole.${r.role}`)}</TableCell>
                        <TableCell>{r.toAgencyName ?? "—"}</TableCell>
                        <TableCell>
                          <Chip
                            size="small"
                            color={COLOUR[r.outcome] ?? "default"}
                            label={translate(`terms.carry.outcomes.${r.outcome}`)}
                          />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          disabled={busy || !previous}
          onClick={() => void preview()}
          data-testid="carry-preview"
        >
          {translate("terms.carry.preview")}
        </Button>
        <Button
          variant="contained"
          disabled={busy || !plan || plan.toCreate === 0}
          onClick={() => void confirm()}
          data-testid="carry-confirm"
        >
          {translate("terms.carry.confirm", { smart_count: plan?.toCreate ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
