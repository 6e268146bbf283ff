/** The congress's resolution: title, adoption, directive, and its clauses (assessment, viewpoints, general goal) verbatim. */
import { Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Loading, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatDate } from "../common/format";
import { Verbatim } from "../common/Verbatim";
import { graphql } from "../generated";
import { gql } from "../graphql";
import { CLAUSE_KINDS } from "../common/choices";

const RESOLUTION = graphql(`
  query CongressResolution($id: ID!) {
    Congress(id: $id) {
      resolution {
        id
        title
        adoptedOn
        sourceTitle
        directiveNumber
        directiveDate
        clauses {
          id
          kind
          position
          text
        }
      }
    }
  }
`);

export function ResolutionPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useQuery({
    queryKey: ["resolution", record?.id],
    enabled: !!record?.id,
    queryFn: () => gql(RESOLUTION, { id: String(record!.id) }),
  });
  if (isPending) return <Loading />;
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  const resolution = data?.Congress.resolution;
  if (!resolution)
    return (
      <Typography color="text.secondary">{translate("app.congress.no_resolution")}</Typography>
    );
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      <Box>
        <Typography variant="h6">{resolution.title}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("app.congress.adopted_on", { date: formatDate(resolution.adoptedOn, locale) })}
          {resolution.directiveNumber
            ? ` · ${translate("app.congress.directive", {
                number: resolution.directiveNumber,
                date: formatDate(resolution.directiveDate, locale),
              })}`
            : ""}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("app.congress.source", { source: resolution.sourceTitle })}
        </Typography>
      </Box>
      {CLAUSE_KINDS.map((kind) => {
        const clauses = resolution.clauses
          .filter((c) => c.kind === kind)
          .sort((a, b) => a.position - b.position);
        if (clauses.length === 0) return null;
        return (
          <Box key={kind}>
            <Typography variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
              {translate(`app.enums.clauseKind.${kind}`)}
            </Typography>
            <Stack spacing={1}>
              {clauses.map((c) => (
                <Verbatim key={c.id} text={c.text} />
              ))}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}
