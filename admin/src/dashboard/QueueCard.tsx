/** A head's queue at a glance: how many figures wait, the oldest first, a link to approve them. */
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import {
  Button,
  Card,
  CardContent,
  CardHeader,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from "@mui/material";
import { Link, useCreatePath, useGetList, useLocaleState, useTranslate } from "react-admin";
import { formatDateTime, formatValue } from "../common/format";
import { periodText } from "../common/indicator";

export function QueueCard({ agencyId }: { agencyId?: string | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data, total, isPending } = useGetList("Measurement", {
    filter: { status: "SUBMITTED", ...(agencyId ? { agencyId } : {}) },
    pagination: { page: 1, perPage: 5 },
    sort: { field: "submittedAt", order: "ASC" },
    meta: {
      sparseFields: [
        "id",
        "year",
        "period",
        "value",
        "submittedAt",
        { indicator: ["id", "code", "name", "unit"] },
        { agency: ["id", "shortName"] },
      ],
    },
  });
  return (
    <Card sx={{ height: "100%" }} data-testid="queue-card">
      <CardHeader
        slotProps={{ title: { variant: "h6" } }}
        title={
          total
            ? translate("app.dashboard.queue", { smart_count: total })
            : translate("app.dashboard.queue_none")
        }
        subheader={total ? translate("app.dashboard.queue_help") : undefined}
        action={
          <Button
            component={Link}
            to="/approvals"
            variant="contained"
            size="small"
            sx={{ mt: 1, mr: 1 }}
          >
            {translate("app.dashboard.open_queue")}
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {isPending ? null : data?.length ? (
          <List dense disablePadding>
            {data.map((m) => {
              const indicator = m.indicator as { code: string; name: string; unit: string };
              return (
                <ListItemButton
                  key={m.id}
                  component={Link}
                  to={createPath({ resource: "Measurement", id: m.id, type: "show" })}
                >
                  <ListItemText
                    primary={`${indicator.code} · ${periodText(m.year, m.period, translate)}: ${formatValue(m.value, indicator.unit, locale)}`}
                    secondary={`${(m.agency as { shortName: string }).shortName} · ${formatDateTime(m.submittedAt, locale)}`}
                  />
                </ListItemButton>
              );
            })}
          </List>
        ) : (
          <Typography color="text.secondary" sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <TaskAltIcon color="success" />
            {translate("app.dashboard.queue_clear")}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
