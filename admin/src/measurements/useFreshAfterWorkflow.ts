/**
 * After a workflow step the figure, its lists, the queue, the dashboard and
 * the progress they show are all out of date: mark every cached query stale
 * and refetch the ones on screen, so no page shows the old state.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

export function useFreshAfterWorkflow(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(), [queryClient]);
}
