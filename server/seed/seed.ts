/**
 * Seeds the Lạng Sơn XVII resolution (and, for the demo, the reported
 * figures) in one transaction. Idempotent: every row is found by its natural
 * key and inserted only when missing, so a second run changes nothing and
 * edits made since are kept.
 */
import type { EntityManager, ObjectLiteral, EntityTarget, FindOptionsWhere } from "typeorm";
import { Direction, MeasurementStatus } from "../common/enums";
import { Agency } from "../modules/agency/agency.entity";
import { Assignment } from "../modules/assignment/assignment.entity";
import { Congress } from "../modules/congress/congress.entity";
import { ResolutionClause } from "../modules/congress/resolution-clause.entity";
import { Resolution } from "../modules/congress/resolution.entity";
import { Indicator } from "../modules/indicator/indicator.entity";
import { KeyTask } from "../modules/key-task/key-task.entity";
import { Measurement } from "../modules/measurement/measurement.entity";
import { Province } from "../modules/province/province.entity";
import { Target } from "../modules/target/target.entity";
import { agencies } from "./data/agencies";
import { assignments } from "./data/assignments";
import {
  congress as congressSeed,
  congress18,
  province as provinceSeed,
  resolution as resolutionSeed,
  resolution18,
} from "./data/congress";
import { keyTasks } from "./data/key-tasks";
import { reportedFigures } from "./data/reported-figures";
import { resolutionSourceText } from "./data/resolution-text";
import { targets } from "./data/targets";

export interface SeedOptions {
  /** Also seed the reported figures as approved measurements. */
  demo: boolean;
  /** Called with a line of progress per step. */
  progress?: (message: string) => void;
}

export interface SeedResult {
  /** Rows inserted per table; all zero on a second run. */
  inserted: Record<string, number>;
  congressId: string;
}

class Seeder {
  readonly inserted: Record<string, number> = {};
  constructor(private readonly manager: EntityManager) {}

  /** Finds the row by `where`, inserting `values` when it is missing. */
  async ensure<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    values: Partial<T>,
  ): Promise<T> {
    const repository = this.manager.getRepository(entity);
    const found = await repository.findOneBy(where);
    if (found) return found;
    const saved = await repository.save(repository.create({ ...where, ...values } as T));
    const name = repository.metadata.tableName;
    this.inserted[name] = (this.inserted[name] ?? 0) + 1;
    return saved;
  }
}

/**
 * An installation seeded before indicators had a direction and a methodology note got the
 * column default (HIGHER_IS_BETTER) and none: give them the seed's, unless an administrator
 * has edited the indicator since (its edits are kept, as for every seeded row).
 */
async function upgradeIndicator(
  manager: EntityManager,
  s: Seeder,
  row: Indicator,
  seed: (typeof targets)[number]["indicators"][number],
): Promise<void> {
  const patch: Partial<Indicator> = {};
  if (row.direction === Direction.HIGHER_IS_BETTER && seed.direction !== row.direction)
    patch.direction = seed.direction;
  if (row.methodologyNote === null && seed.methodologyNote)
    patch.methodologyNote = seed.methodologyNote;
  if (Object.keys(patch).length === 0) return;
  const edited = await manager.query(
    `SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'Indicator.update' LIMIT 1`,
    [row.id],
  );
  if (edited.length > 0) return;
  await manager.update(Indicator, row.id, patch);
  s.inserted["indicator (upgraded)"] = (s.inserted["indicator (upgraded)"] ?? 0) + 1;
}

export async function seedResolution(
  manager: EntityManager,
  options: SeedOptions,
): Promise<SeedResult> {
  const say = options.progress ?? (() => undefined);
  const s = new Seeder(manager);

  say("Tỉnh và Đại hội (province and congress)");
  const province = await s.ensure(
    Province,
    { code: provinceSeed.code },
    { name: provinceSeed.name },
  );
  const { ordinal, ...congressFacts } = congressSeed;
  const congress = await s.ensure(Congress, { provinceId: province.id, ordinal }, congressFacts);

  say("Nghị quyết (resolution)");
  const { clauses, ...resolutionFacts } = resolutionSeed;
  const resolution = await s.ensure(
    Resolution,
    { congressId: congress.id },
    { ...resolutionFacts, sourceText: resolutionSourceText },
  );
  for (const [index, clause] of clauses.entries()) {
    await s.ensure(ResolutionClause, { resolutionId: resolution.id, position: index + 1 }, clause);
  }

  say(`${keyTasks.length} nhiệm vụ trọng tâm (key tasks)`);
  const keyTaskIds = new Map<number, string>();
  for (const { ordinal: n, ...facts } of keyTasks) {
    const row = await s.ensure(KeyTask, { congressId: congress.id, ordinal: n }, facts);
    keyTaskIds.set(n, row.id);
  }

  say(`${targets.length} chỉ tiêu và các thành phần (targets and indicators)`);
  const indicatorIds = new Map<string, string>();
  for (const { number, indicators, keyTaskOrdinals, ...facts } of targets) {
    const target = await s.ensure(Target, { congressId: congress.id, number }, facts);
    for (const n of keyTaskOrdinals) {
      const link = { target_id: target.id, key_task_id: keyTaskIds.get(n)! };
      const exists = await manager.query(
        `SELECT 1 FROM "target_key_task" WHERE "target_id" = $1 AND "key_task_id" = $2`,
        [link.target_id, link.key_task_id],
      );
      if (exists.length > 0) continue;
      await manager.createQueryBuilder().insert().into("target_key_task").values(link).execute();
      s.inserted.target_key_task = (s.inserted.target_key_task ?? 0) + 1;
    }
    for (const [index, indicator] of indicators.entries()) {
      const { code, baselineYear, baselineValue, targetMin, targetMax, ...rest } = indicator;
      const row = await s.ensure(
        Indicator,
        { targetId: target.id, code },
        {
          ...rest,
          targetMin: targetMin ?? null,
          targetMax: targetMax ?? null,
          baselineYear: baselineYear ?? null,
          baselineValue: baselineValue ?? null,
          planValues: [],
          position: index + 1,
        },
      );
      indicatorIds.set(code, row.id);
      await upgradeIndicator(manager, s, row, indicator);
    }
  }

  say(`${agencies.length} cơ quan, đơn vị (agencies)`);
  const agencyIds = new Map<string, string>();
  for (const {
    code,
    parentCode: _p,
    successorCode: _s,
    validFrom,
    validTo,
    ...facts
  } of agencies) {
    const row = await s.ensure(
      Agency,
      { provinceId: province.id, code },
      { ...facts, validFrom: validFrom ?? null, validTo: validTo ?? null },
    );
    agencyIds.set(code, row.id);
  }
  // Parents and successors refer to agencies seeded above; set them when missing.
  for (const agency of agencies) {
    const patch: Partial<Agency> = {};
    if (agency.parentCode) patch.parentId = agencyIds.get(agency.parentCode)!;
    if (agency.successorCode) patch.successorId = agencyIds.get(agency.successorCode)!;
    if (Object.keys(patch).length === 0) continue;
    const id = agencyIds.get(agency.code)!;
    const current = await manager.findOneByOrFail(Agency, { id });
    if (current.parentId === null && patch.parentId)
      await manager.update(Agency, id, { parentId: patch.parentId });
    if (current.successorId === null && patch.successorId) {
      // A merger learnt after the installation was seeded ends the agency on its recorded day.
      await manager.update(Agency, id, {
        successorId: patch.successorId,
        validTo: current.validTo ?? agency.validTo ?? null,
      });
    }
  }

  say(`${assignments.length} phân công (assignments)`);
  for (const a of assignments) {
    await s.ensure(
      Assignment,
      {
        indicatorId: indicatorIds.get(a.indicatorCode)!,
        agencyId: agencyIds.get(a.agencyCode)!,
        role: a.role,
        startsOn: a.startsOn,
      },
      {
        frequency: a.frequency,
        dueDaysAfterPeriod: a.dueDaysAfterPeriod,
        note: a.note ?? null,
        endsOn: a.endsOn ?? null,
        assignedById: null,
      },
    );
  }

  // The next term: the congress and its resolution's record; its targets are loaded from the
  // resolution's text (parseResolutionTargets), not seeded.
  say("Đại hội XVIII, nhiệm kỳ 2025–2030 (18th congress, no targets yet)");
  const { ordinal: ordinal18, ...facts18 } = congress18;
  const next = await s.ensure(
    Congress,
    { provinceId: province.id, ordinal: ordinal18 },
    {
      ...facts18,
      delegateCount: facts18.delegateCount ?? null,
      standingCommitteeSize: facts18.standingCommitteeSize ?? null,
      inspectionCommitteeSize: facts18.inspectionCommitteeSize ?? null,
      motto: facts18.motto ?? null,
      theme: facts18.theme ?? null,
    },
  );
  const { clauses: _none, ...resolution18Facts } = resolution18;
  await s.ensure(Resolution, { congressId: next.id }, { ...resolution18Facts, sourceText: "" });

  if (options.demo) {
    say(`${reportedFigures.length} số liệu đã công bố (reported figures, demo)`);
    for (const m of reportedFigures) {
      // A period may have several versions: the reported-on date tells them apart.
      await s.ensure(
        Measurement,
        {
          indicatorId: indicatorIds.get(m.indicatorCode)!,
          agencyId: agencyIds.get(m.agencyCode)!,
          year: m.year,
          period: m.period,
          valueKind: m.valueKind,
          reportedOn: m.reportedOn,
        },
        {
          value: m.value,
          source: m.source,
          note: m.note ?? null,
          reportedValue: m.reportedValue ?? null,
          reportedUnit: m.reportedUnit ?? null,
          conversionRate: m.conversionRate ?? null,
          rateSource: m.rateSource ?? null,
          methodologyNote: m.methodologyNote ?? null,
          status: MeasurementStatus.APPROVED,
          version: 1,
        },
      );
    }
  }

  const total = Object.values(s.inserted).reduce((a, b) => a + b, 0);
  say(
    total === 0
      ? "Dữ liệu đã đủ, không thêm gì (nothing to add)"
      : `Đã thêm ${total} bản ghi (rows added)`,
  );
  return { inserted: s.inserted, congressId: congress.id };
}
