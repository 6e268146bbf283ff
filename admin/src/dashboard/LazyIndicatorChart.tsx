/**
 * The indicator chart, loaded on demand: recharts is a third of the panel's
 * JavaScript, so the first screen shows without it and the charts fill in.
 */
import { Box } from "@mui/material";
import { lazy, Suspense, type ComponentProps } from "react";

const Chart = lazy(() => import("./IndicatorChart"));

export function IndicatorChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<Box sx={{ height: props.height ?? 64 }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
