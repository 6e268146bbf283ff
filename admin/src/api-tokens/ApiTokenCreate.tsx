/**
 * A new API token for an integrator program. The secret exists only in this
 * response (the server keeps a hash), so it is shown once, to copy.
 */
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  Stack,
  Tooltip,
  Typography,
} from "@mui/material";
import { useState } from "react";
import {
  AutocompleteInput,
  CheckboxGroupInput,
  DateTimeInput,
  Form,
  ReferenceInput,
  SaveButton,
  TextInput,
  Title,
  required,
  useCreatePath,
  useNotify,
  useTranslate,
  Link,
} from "react-admin";
import { createApiToken } from "../api";
import { scopeChoices } from "../common/choices";
import { useHasPermission } from "../common/useCaller";

export function ApiTokenCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const forAnyone = useHasPermission("ManageAnyApiToken");
  const [created, setCreated] = useState<{ token: string; id: string } | null>(null);

  const submit = async (values: Record<string, unknown>) => {
    try {
      const result = await createApiToken({
        name: String(values.name),
        scopes: values.scopes as string[],
        expiresAt: values.expiresAt ? new Date(values.expiresAt as string).toISOString() : null,
        userId: (values.userId as string) || null,
      });
      setCreated({ token: result.token, id: result.apiToken.id });
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="app.token.create_title" />
      <Card>
        <CardContent>
          {created ? (
            <Stack spacing={2} data-testid="token-once">
              <Alert severity="warning">{translate("app.token.shown_once")}</Alert>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                <Typography
                  component="code"
                  sx={{
                    fontFamily: "monospace",
                    bgcolor: "grey.100",
                    p: 1,
                    borderRadius: 1,
                    wordBreak: "break-all",
                    flex: 1,
                  }}
                >
                  {created.token}
                </Typography>
                <Tooltip title={translate("app.token.copy")}>
                  <IconButton
                    onClick={() =>
                      void (async () => {
                        await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                        notify("app.token.copied", { type: "info" });
                      })()
                    }
                  >
                    <ContentCopyIcon />
                  </IconButton>
                </Tooltip>
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {translate("app.token.usage")}
              </Typography>
              <Box>
                <Button
                  component={Link}
                  to={createPath({ resource: "ApiToken", type: "list" })}
                  variant="contained"
                >
                  {translate("app.token.done")}
                </Button>
              </Box>
            </Stack>
          ) : (
            <Form onSubmit={submit} defaultValues={{ scopes: ["read"] }}>
              <Typography variant="h6" gutterBottom>
                {translate("app.token.create_title")}
              </Typography>
              <TextInput
                source="name"
                label="resources.ApiToken.fields.name"
                validate={required()}
                fullWidth
              />
              <CheckboxGroupInput
                source="scopes"
                label="resources.ApiToken.fields.scopes"
                choices={scopeChoices}
                validate={required()}
                helperText="app.token.scopes_help"
              />
              <DateTimeInput source="expiresAt" label="resources.ApiToken.fields.expiresAt" />
              {forAnyone ? (
                <ReferenceInput source="userId" reference="User">
                  <AutocompleteInput
                    optionText="email"
                    label="resources.ApiToken.fields.userId"
                    helperText="app.token.owner_help"
                  />
                </ReferenceInput>
              ) : null}
              <SaveButton label="app.token.create" />
            </Form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
