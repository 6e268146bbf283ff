/**
 * "Lưu và gửi duyệt": once the form is saved, submit the saved version, say
 * what happened, refresh every cached view of the figure, then show it.
 */
import { useNotify, useRedirect, type RaRecord } from "react-admin";
import { transitionMeasurement } from "../api";
import { errorCode } from "../graphql";
import { useFreshAfterWorkflow } from "./useFreshAfterWorkflow";

export function useSaveAndSubmit() {
  const notify = useNotify();
  const redirect = useRedirect();
  const fresh = useFreshAfterWorkflow();
  return async (saved: RaRecord) => {
    try {
      await transitionMeasurement("submit", String(saved.id), saved.version as number);
      notify("app.workflow.done.submit", { type: "success" });
    } catch (error) {
      notify(errorCode(error) === "CONFLICT" ? "app.workflow.conflict" : (error as Error).message, {
        type: "warning",
        messageArgs: { detail: (error as Error).message },
      });
    }
    await fresh();
    redirect("show", "Measurement", saved.id);
  };
}
