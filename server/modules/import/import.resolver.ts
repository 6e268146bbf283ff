import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { Allow } from "../../auth/allow";
import { Permission } from "../../auth/permissions";
import type { RequestContext } from "../../context";
import { importFile } from "./import.service";

@ObjectType({ description: "A problem with one cell of an imported row." })
class ImportRowError {
  @Field() field: string;
  @Field() message: string;
}

@ObjectType({ description: "What happens (or would happen) to one row of an imported file." })
class ImportRowResult {
  @Field(() => Int, { description: "Row number in the file; the header is row 1." }) row: number;
  @Field() indicatorCode: string;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field() period: string;
  @Field({ description: "CREATE, UPDATE (a draft or returned figure) or ERROR." }) action: string;
  @Field(() => ID, { nullable: true }) measurementId: string | null;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}

@ObjectType({ description: "The outcome of a bulk import or of its dry run." })
class ImportResult {
  @Field() dryRun: boolean;
  @Field({ description: "True when every row was written, in one transaction." }) written: boolean;
  @Field(() => ID, { nullable: true, description: "The audit batch of the written rows." })
  batchId: string | null;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int, { description: "Rows with errors; any error means nothing is written." })
  failed: number;
  @Field(() => [ImportRowResult]) rows: ImportRowResult[];
}

@Resolver()
export class ImportResolver {
  @Allow(Permission.SaveMeasurement)
  @Mutation(() => ImportResult, {
    description:
      "Imports figures from a CSV or XLSX file (base64). With dryRun (the default) nothing is written: every row is checked and reported. Otherwise all rows are written or none, as drafts or, with submit, submitted for approval.",
  })
  async importMeasurements(
    @Arg("filename", { description: "Ends in .csv or .xlsx." }) filename: string,
    @Arg("contentBase64", {
      description: "The file, base64-encoded (at most about 4 MB; at most 10,000 rows).",
    })
    contentBase64: string,
    @Ctx() ctx: RequestContext,
    @Arg("dryRun", { defaultValue: true }) dryRun: boolean,
    @Arg("submit", { defaultValue: false }) submit: boolean,
    @Arg("congressId", () => ID, { nullable: true }) congressId?: string,
  ): Promise<ImportResult> {
    return importFile(ctx, filename, contentBase64, { dryRun, submit, congressId });
  }
}
