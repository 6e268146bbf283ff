/**
 * Runs one workflow step on a figure and tells the person what happened. A
 * CONFLICT (someone else acted first, or the row changed) is not an error
 * to them: it says so plainly and reloads the row.
 */
import { useState } from "react";
import { useNotify } from "react-admin";
import { transitionMeasurement, type Transition } from "../api";
import { errorCode } from "../graphql";
import { useFreshAfterWorkflow } from "./useFreshAfterWorkflow";

export function useWorkflow() {
  const notify = useNotify();
  const fresh = useFreshAfterWorkflow();
  const [busy, setBusy] = useState(false);

  const run = async (
    step: Transition,
    record: { id: string | number; version: number },
    text?: string,
  ): Promise<boolean> => {
    setBusy(true);
    try {
      await transitionMeasurement(step, String(record.id), record.version, text);
      notify(`app.workflow.done.${step}`, { type: "success" });
      return true;
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        notify("app.workflow.conflict", {
          type: "warning",
          messageArgs: { detail: (error as Error).message },
          autoHideDuration: 10000,
        });
      } else {
        notify((error as Error).message, { type: "error" });
      }
      return false;
    } finally {
      setBusy(false);
      await fresh();
    }
  };

  return { run, busy };
}
