/** Sign-in with e-mail and password; the server sets the session cookie. */
import LockIcon from "@mui/icons-material/Lock";
import {
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Typography,
} from "@mui/material";
import { useState } from "react";
import {
  Form,
  PasswordInput,
  TextInput,
  required,
  useLogin,
  useNotify,
  useTranslate,
} from "react-admin";
import { LanguageToggle } from "./LanguageToggle";

export function LoginPage() {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [loading, setLoading] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setLoading(true);
    try {
      await login({ email: values.email, password: values.password });
    } catch (error) {
      notify((error as Error)?.message || "ra.auth.sign_in_error", { type: "error" });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: "100vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        background: "linear-gradient(160deg, #9b1c1c 0%, #5c0f0f 55%, #1f4e79 100%)",
        p: 2,
      }}
    >
      <Card sx={{ width: 400, maxWidth: "100%" }}>
        <Box
          sx={{
            display: "flex",
            justifyContent: "flex-end",
            px: 1,
            pt: 1,
            color: "text.secondary",
          }}
        >
          <LanguageToggle />
        </Box>
        <CardContent sx={{ pt: 0 }}>
          <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", mb: 2 }}>
            <Avatar sx={{ bgcolor: "primary.main", mb: 1 }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h6" component="h1" align="center">
              {translate("app.title")}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate("app.login.subtitle")}
            </Typography>
          </Box>
          <Form onSubmit={submit}>
            <TextInput
              source="email"
              type="email"
              label="app.login.email"
              autoComplete="username"
              autoFocus
              validate={required()}
              fullWidth
            />
            <PasswordInput
              source="password"
              label="ra.auth.password"
              autoComplete="current-password"
              validate={required()}
              fullWidth
            />
            <Button
              type="submit"
              variant="contained"
              fullWidth
              disabled={loading}
              sx={{ mt: 1 }}
              startIcon={loading ? <CircularProgress size={18} color="inherit" /> : null}
            >
              {translate("ra.auth.sign_in")}
            </Button>
          </Form>
        </CardContent>
      </Card>
      <Typography variant="caption" sx={{ color: "rgba(255,255,255,0.8)", mt: 2 }}>
        {translate("app.login.footer")}
      </Typography>
    </Box>
  );
}
