/**
 * A number typed the way the user's language writes it ("3.120" and "7,5" in Vietnamese,
 * "3,120" and "7.5" in English), read by the one number reader the server uses
 * (server/common/numbers.ts). The form holds the stored decimal ("3120"); the field shows it
 * back in the user's format. Anything the reader refuses stays in the field with the reader's
 * message, which says how the text was read. Below the field: the value with its unit as it
 * will be stored, and, when it is more than ten times off a reference (the goal, the last
 * approved figure), a warning naming both numbers that must be confirmed before saving.
 */
import {
  Alert,
  Checkbox,
  FormControlLabel,
  Stack,
  TextField,
  type SxProps,
  type Theme,
} from "@mui/material";
import { useEffect, useRef, useState } from "react";
import {
  useInput,
  useLocaleState,
  useTranslate,
  type InputProps,
  type Validator,
} from "react-admin";
import {
  farOff,
  formatDecimal,
  readNumber,
  type NumberLocale,
} from "../../../server/common/numbers";
import { formatValue } from "./format";

/** A value the reader refused, kept in the form so that validation names it. */
const REFUSED = "\u0000refused:";

export interface Reference {
  /** "mục tiêu", "số liệu 2024": translated by the caller. */
  label: string;
  value: number;
}

/** react-admin keeps a validator's message as "@@react-admin@@" + JSON (a key or {message, args}). */
function decodeError(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const prefix = "@@react-admin@@";
  if (!message.startsWith(prefix)) return message;
  try {
    const parsed = JSON.parse(message.slice(prefix.length)) as string | { message: string };
    return typeof parsed === "string" ? parsed : parsed.message;
  } catch {
    return message;
  }
}

export function numberLocale(locale: string): NumberLocale {
  return locale === "en" ? "en" : "vi";
}

export interface DecimalInputProps extends Omit<InputProps, "validate"> {
  unit?: string;
  references?: Reference[];
  validate?: Validator[];
  /** Shown under the field when there is nothing to preview. */
  hint?: string;
  testId?: string;
  sx?: SxProps<Theme>;
}

export function DecimalInput({
  source,
  unit,
  references = [],
  validate = [],
  hint,
  testId,
  label,
  sx,
}: DecimalInputProps) {
  const translate = useTranslate();
  const [appLocale] = useLocaleState();
  const locale = numberLocale(appLocale);
  const confirmed = useRef(false);
  const [, rerender] = useState(0);

  const far = (value: unknown) =>
    typeof value === "string" && !value.startsWith(REFUSED) && value !== ""
      ? references.filter((r) => farOff(Number(value), r.value))
      : [];

  const check: Validator = (value) => {
    if (typeof value === "string" && value.startsWith(REFUSED)) {
      const read = readNumber(value.slice(REFUSED.length), locale);
      return read.ok ? undefined : locale === "en" ? read.messageEn : read.message;
    }
    if (far(value).length > 0 && !confirmed.current) return "app.number.confirm_required";
    return undefined;
  };

  const { field, fieldState, formState, isRequired } = useInput({
    source,
    validate: [check, ...validate],
    format: (v) => v,
    parse: (v) => v,
  });

  // The text in the field; the form value is the decimal it reads as.
  const emitted = useRef<unknown>(undefined);
  const [text, setText] = useState("");
  useEffect(() => {
    if (field.value === emitted.current) return;
    emitted.current = field.value;
    const v = field.value as unknown;
    if (v === null || v === undefined || v === "") setText("");
    else if (typeof v === "string" && v.startsWith(REFUSED)) setText(v.slice(REFUSED.length));
    else setText(formatDecimal(String(v), locale));
  }, [field.value, locale]);

  const onChange = (typed: string) => {
    setText(typed);
    confirmed.current = false;
    const read = typed.trim() === "" ? null : readNumber(typed, locale);
    const next = read === null ? null : read.ok ? read.value : `${REFUSED}${typed}`;
    emitted.current = next;
    field.onChange(next);
  };

  const value = field.value as unknown;
  const stored = typeof value === "string" && !value.startsWith(REFUSED) && value !== "";
  const offs = far(value);
  const error = decodeError(fieldState.error?.message);
  const shown = !!error && (fieldState.isTouched || formState.isSubmitted);
  const errorText = error
    ? translate(error, {
        _: error,
        ...(offs[0]
          ? {
              value: formatValue(String(value), unit, appLocale),
              reference: formatValue(offs[0].value, unit, appLocale),
              label: offs[0].label,
            }
          : {}),
      })
    : null;
  const helper = stored
    ? translate("app.measurement.will_save", { value: formatValue(String(value), unit, appLocale) })
    : (hint ?? " ");

  return (
    <Stack spacing={1} sx={sx}>
      <TextField
        name={field.name}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={
          typeof label === "string"
            ? translate(label)
            : translate(`resources.Measurement.fields.${source}`, { _: source })
        }
        required={isRequired}
        error={shown}
        helperText={shown && errorText && offs.length === 0 ? errorText : helper}
        size="small"
        slotProps={{
          htmlInput: { inputMode: "decimal", "data-testid": testId ?? `${source}-input` },
        }}
        sx={{ minWidth: 260 }}
      />
      {stored && offs.length > 0 ? (
        <Alert severity="warning" data-testid={`${source}-far-off`}>
          {offs.map((r) => (
            <div key={r.label}>
              {translate("app.number.far_off", {
                value: formatValue(String(value), unit, appLocale),
                reference: formatValue(r.value, unit, appLocale),
                label: r.label,
              })}
            </div>
          ))}
          <FormControlLabel
            control={
              <Checkbox
                checked={confirmed.current}
                onChange={(e) => {
                  confirmed.current = e.target.checked;
                  rerender((n) => n + 1);
                  // Same value again: the form validates it anew, now confirmed.
                  field.onChange(field.value);
                }}
                slotProps={{ input: { "data-testid": `${source}-confirm` } as object }}
              />
            }
            label={translate("app.number.confirm")}
          />
        </Alert>
      ) : null}
    </Stack>
  );
}
