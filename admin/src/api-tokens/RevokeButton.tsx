/** Revokes a token at once (it stops working on the next request). */
import BlockIcon from "@mui/icons-material/Block";
import { useState } from "react";
import {
  Button,
  Confirm,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
} from "react-admin";
import { revokeApiToken } from "../api";

export function RevokeButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ action: "delete", resource: "ApiToken", record });
  if (!record || record.revokedAt || !canAccess) return null;
  const revoke = async () => {
    setBusy(true);
    try {
      await revokeApiToken(String(record.id));
      notify("app.token.revoked", { type: "success" });
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
      setOpen(false);
      refresh();
    }
  };
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <Button label="app.token.revoke" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.token.revoke_title"
        content="app.token.revoke_confirm"
        translateOptions={{ name: record.name as string }}
        onConfirm={() => void revoke()}
        onClose={() => setOpen(false)}
      />
    </span>
  );
}
