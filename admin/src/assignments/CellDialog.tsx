/**
 * One cell of the matrix: a target × an agency. Shows, indicator by
 * indicator, who leads and what this agency does, and lets an administrator
 * assign the whole target (LEAD moves the lead), assign one indicator, or end
 * this agency's assignments.
 */
import {
  Alert,
  Box,
  Button,
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
} from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { assignTarget, endAssignment } from "../api";
import type { ReportingFrequency } from "../generated/graphql";
import { DEFAULT_DUE_DAYS, FREQUENCIES } from "../common/choices";
import { vietnamToday } from "../common/format";
import { AssignmentRoleChip } from "./AssignmentRoleField";
import type { MatrixAgency, MatrixAssignment, MatrixTarget } from "./useMatrixData";

export interface CellDialogProps {
  target: MatrixTarget;
  agency: MatrixAgency;
  agencies: Map<string, MatrixAgency>;
  assignments: MatrixAssignment[];
  onClose: () => void;
}

export function CellDialog({ target, agency, agencies, assignments, onClose }: CellDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [frequency, setFrequency] = useState<ReportingFrequency>("YEARLY");
  const indicators = target.indicators.filter((i) => i.active);
  const today = vietnamToday();

  const run = async (
    work: () => Promise<unknown>,
    message: string,
    messageArgs?: Record<string, unknown>,
  ) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      notify(message, { type: "success", messageArgs });
      refresh();
    } catch (e) {
      setError((e as Error).message);
      refresh();
    } finally {
      setBusy(false);
    }
  };

  const own = (indicatorId: string) =>
    assignments.find((a) => a.indicatorId === indicatorId && a.agencyId === agency.id);
  const lead = (indicatorId: string) =>
    assignments.find((a) => a.indicatorId === indicatorId && a.role === "LEAD");
  const mine = assignments.filter(
    (a) => a.agencyId === agency.id && indicators.some((i) => i.id === a.indicatorId),
  );
  const endsOn = (a: MatrixAssignment) => (a.startsOn > today ? a.startsOn : today);

  const doAssign = (
    role: "LEAD" | "COORDINATE",
    scope: { targetId?: string; indicatorId?: string },
    message = role === "LEAD"
      ? "app.assignment.lead_assigned"
      : "app.assignment.coordinate_assigned",
    args?: Record<string, unknown>,
  ) =>
    run(
      () =>
        assignTarget({
          ...scope,
          agencyId: agency.id,
          role,
          frequency,
          dueDaysAfterPeriod: DEFAULT_DUE_DAYS,
        }),
      message,
      args,
    );

  // Moving a lead ends the old one: ask first, naming both.
  const [moving, setMoving] = useState<{
    scope: { targetId?: string; indicatorId?: string };
    from: string;
  } | null>(null);
  const assign = (
    role: "LEAD" | "COORDINATE",
    scope: { targetId?: string; indicatorId?: string },
  ) => {
    if (role === "LEAD") {
      const affected = scope.indicatorId
        ? indicators.filter((i) => i.id === scope.indicatorId)
        : indicators;
      const others = new Set(
        affected
          .map((i) => lead(i.id))
          .filter((a): a is MatrixAssignment => !!a && a.agencyId !== agency.id)
          .map((a) => agencies.get(a.agencyId)?.shortName ?? "?"),
      );
      if (others.size > 0) {
        setMoving({ scope, from: [...others].join(", ") });
        return;
      }
    }
    void doAssign(role, scope);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        {translate("app.assignment.cell_title", {
          target: `${target.number}. ${target.title}`,
          agency: agency.shortName,
        })}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {agency.name}
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          sx={{ my: 1.5, flexWrap: "wrap", rowGap: 1, alignItems: "center" }}
        >
          <Button
            variant="contained"
            disabled={busy}
            onClick={() => assign("LEAD", { targetId: target.id })}
            data-testid="assign-target-lead"
          >
            {translate("app.assignment.whole_lead")}
          </Button>
          <Button
            variant="outlined"
            color="secondary"
            disabled={busy}
            onClick={() => assign("COORDINATE", { targetId: target.id })}
            data-testid="assign-target-coordinate"
          >
            {translate("app.assignment.whole_coordinate")}
          </Button>
          <Button
            color="error"
            disabled={busy || mine.length === 0}
            onClick={() =>
              void run(async () => {
                for (const a of mine) await endAssignment(a.id, endsOn(a));
              }, "app.assignment.ended_all")
            }
            data-testid="end-target"
          >
            {translate("app.assignment.end_all")}
          </Button>
          <Box sx={{ flex: 1 }} />
          <TextField
            select
            size="small"
            label={translate("resources.Assignment.fields.frequency")}
            value={frequency}
            onChange={(e) => setFrequency(e.target.value as ReportingFrequency)}
            sx={{ minWidth: 160 }}
          >
            {FREQUENCIES.map((f) => (
              <MenuItem key={f} value={f}>
                {translate(`app.enums.frequency.${f}`)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {translate("app.assignment.lead_moves")}
        </Typography>
        {error ? (
          <Alert severity="error" sx={{ my: 1 }}>
            {error}
          </Alert>
        ) : null}
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.Indicator.fields.code")}</TableCell>
              <TableCell>{translate("resources.Indicator.fields.name")}</TableCell>
              <TableCell>{translate("resources.Indicator.fields.leadAgency")}</TableCell>
              <TableCell>
                {translate("app.assignment.this_agency", { agency: agency.shortName })}
              </TableCell>
              <TableCell align="right">{translate("app.common.actions")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {indicators.map((indicator) => {
              const mineHere = own(indicator.id);
              const leader = lead(indicator.id);
              return (
                <TableRow key={indicator.id}>
                  <TableCell>{indicator.code}</TableCell>
                  <TableCell>{indicator.name}</TableCell>
                  <TableCell>
                    {leader ? (
                      (agencies.get(leader.agencyId)?.shortName ?? "?")
                    ) : (
                      <Typography variant="body2" color="error">
                        {translate("app.assignment.no_lead")}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {mineHere ? (
                      <Stack spacing={0.25}>
                        <AssignmentRoleChip role={mineHere.role} />
                        <Typography
                          variant="caption"
                          color="text.secondary"
                          data-testid="cell-deadline"
                        >
                          {translate("app.assignment.deadline", {
                            frequency: translate(`app.enums.frequency.${mineHere.frequency}`),
                            days: mineHere.dueDaysAfterPeriod,
                          })}
                        </Typography>
                      </Stack>
                    ) : (
                      "—"
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {mineHere?.role !== "LEAD" ? (
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => assign("LEAD", { indicatorId: indicator.id })}
                      >
                        {translate(
                          leader ? "app.assignment.move_lead" : "app.assignment.make_lead",
                        )}
                      </Button>
                    ) : null}
                    {!mineHere ? (
                      <Button
                        size="small"
                        color="secondary"
                        disabled={busy}
                        onClick={() => assign("COORDINATE", { indicatorId: indicator.id })}
                      >
                        {translate("app.assignment.make_coordinate")}
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        color="error"
                        disabled={busy}
                        onClick={() =>
                          void run(
                            () => endAssignment(mineHere.id, endsOn(mineHere)),
                            "app.assignment.ended_one",
                          )
                        }
                      >
                        {translate("app.assignment.end")}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="close-cell">
          {translate("ra.action.close")}
        </Button>
      </DialogActions>
      <Dialog open={!!moving} onClose={() => setMoving(null)} data-testid="confirm-move-lead">
        <DialogTitle>{translate("app.assignment.move_title")}</DialogTitle>
        <DialogContent>
          <Typography>
            {translate("app.assignment.move_confirm", {
              from: moving?.from ?? "",
              to: agency.shortName,
              target: `${target.number}. ${target.title}`,
            })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setMoving(null)}>{translate("ra.action.cancel")}</Button>
          <Button
            variant="contained"
            data-testid="confirm-move-lead-yes"
            onClick={() => {
              const m = moving!;
              setMoving(null);
              void doAssign("LEAD", m.scope, "app.assignment.lead_moved", {
                from: m.from,
                to: agency.shortName,
              });
            }}
          >
            {translate("app.assignment.move_yes")}
          </Button>
        </DialogActions>
      </Dialog>
    </Dialog>
  );
}
