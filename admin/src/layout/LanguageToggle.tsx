/** One click between Vietnamese (the default) and English. */
import TranslateIcon from "@mui/icons-material/Translate";
import { Button } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";

export function LanguageToggle() {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const next = locale === "vi" ? "en" : "vi";
  return (
    <Button
      color="inherit"
      size="small"
      startIcon={<TranslateIcon />}
      onClick={() => setLocale(next)}
      aria-label={translate("app.language.switch")}
      lang={next}
      data-testid="language-toggle"
    >
      {translate("app.language.other")}
    </Button>
  );
}
