/**
 * A record's fields side by side, each under its label: the overview row of
 * every Show page. Each child is wrapped in react-admin's Labeled (which
 * takes the label from the field's source); a child that is a Labeled
 * already, with a label of its own, stays as it is.
 */
import { Stack } from "@mui/material";
import { Children, isValidElement, type ReactNode } from "react";
import { Labeled } from "react-admin";

export function FieldRow({ children, mt }: { children: ReactNode; mt?: number }) {
  return (
    <Stack direction="row" spacing={4} sx={{ flexWrap: "wrap", rowGap: 1, mt }}>
      {Children.map(children, (child) =>
        isValidElement(child) && child.type !== Labeled ? <Labeled>{child}</Labeled> : child,
      )}
    </Stack>
  );
}
