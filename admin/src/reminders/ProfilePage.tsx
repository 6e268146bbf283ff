/** The caller's profile: who they are, and which kinds of reminder they receive. */
import { Card, CardContent, FormControlLabel, FormGroup, Switch, Typography } from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Title, useNotify, useTranslate } from "react-admin";
import { useCaller } from "../common/useCaller";
import type { ReminderKind } from "../generated/graphql";
import { REMINDER_KINDS } from "../common/choices";
import { fetchSettings, saveSetting } from "./api";

export function ProfilePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const caller = useCaller();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: ["reminder-settings"], queryFn: fetchSettings });
  const enabled = (kind: string) => data?.find((s) => s.kind === kind)?.enabled ?? true;

  const toggle = async (kind: ReminderKind, on: boolean) => {
    try {
      const next = await saveSetting(kind, on);
      queryClient.setQueryData(["reminder-settings"], next);
      notify("reminders.profile.saved", { type: "success" });
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate("reminders.profile.title")} />
      <CardContent>
        <Typography variant="h6">{caller?.name}</Typography>
        <Typography color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
          {caller?.email}
          {caller?.agency ? ` · ${caller.agency.name}` : ""}
        </Typography>
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate("reminders.settings")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("reminders.profile.intro")}
        </Typography>
        <FormGroup>
          {REMINDER_KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              control={
                <Switch
                  checked={enabled(kind)}
                  disabled={!data}
                  onChange={(e) => void toggle(kind, e.target.checked)}
                  data-testid={`reminder-setting-${kind}`}
                />
              }
              label={translate(`reminders.kinds.${kind}`)}
            />
          ))}
        </FormGroup>
      </CardContent>
    </Card>
  );
}
