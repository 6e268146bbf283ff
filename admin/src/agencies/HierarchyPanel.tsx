/** Where an agency sits: the agency above, those under it, what it was merged into and from. */
import { Alert, Box, Chip, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatDate } from "../common/format";
import { graphql } from "../generated";
import { gql } from "../graphql";

const HIERARCHY = graphql(`
  query Hierarchy($id: ID!) {
    Agency(id: $id) {
      parent {
        id
        shortName
      }
      children {
        id
        shortName
      }
      successor {
        id
        shortName
      }
      predecessors {
        id
        shortName
        validTo
      }
    }
  }
`);

type Ref = { id: string; shortName: string };

function AgencyChips({ agencies }: { agencies: Ref[] }) {
  const createPath = useCreatePath();
  if (agencies.length === 0) return <Typography color="text.secondary">—</Typography>;
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {agencies.map((a) => (
        <Chip
          key={a.id}
          size="small"
          clickable
          component={Link}
          to={createPath({ resource: "Agency", id: a.id, type: "show" })}
          label={a.shortName}
        />
      ))}
    </Stack>
  );
}

export function HierarchyPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useQuery({
    queryKey: ["agency-hierarchy", record?.id],
    enabled: !!record?.id,
    queryFn: () => gql(HIERARCHY, { id: String(record!.id) }),
  });
  const a = data?.Agency;
  if (!a || !record) return null;
  return (
    <Stack spacing={1.5} sx={{ my: 1 }}>
      {a.successor ? (
        <Alert severity="info">
          {translate("app.agency.merged_into", {
            date: formatDate(record.validTo as string, locale),
            name: a.successor.shortName,
          })}
        </Alert>
      ) : null}
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate("resources.Agency.fields.parentId")}
        </Typography>
        <AgencyChips agencies={a.parent ? [a.parent] : []} />
      </Box>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate("app.agency.children")}
        </Typography>
        <AgencyChips agencies={a.children} />
      </Box>
      {a.predecessors.length ? (
        <Box>
          <Typography variant="caption" color="text.secondary">
            {translate("app.agency.predecessors")}
          </Typography>
          <AgencyChips agencies={a.predecessors} />
        </Box>
      ) : null}
    </Stack>
  );
}
