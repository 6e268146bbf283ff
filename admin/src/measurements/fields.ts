/** What figure lists ask for in one query: the figure, its indicator's goal and unit, its agency's name. */
export const FIGURE_LIST_FIELDS = [
  "id",
  "year",
  "period",
  "value",
  "valueKind",
  "status",
  "version",
  "source",
  "agencyId",
  "indicatorId",
  "submittedById",
  "submittedAt",
  "reviewNote",
  "updatedAt",
  {
    indicator: [
      "id",
      "code",
      "name",
      "unit",
      "unitKind",
      "kind",
      "comparator",
      "targetMin",
      "targetMax",
    ],
  },
  { agency: ["id", "shortName"] },
];

/** The edit form loads every stored field it shows, the evidence link and note included. */
export const FIGURE_EDIT_FIELDS = [...FIGURE_LIST_FIELDS, "note", "evidenceUrl"];

/** The queue also needs each indicator's other figures, to show the previous one. */
export const QUEUE_FIELDS = [
  ...FIGURE_LIST_FIELDS.slice(0, -2),
  "note",
  "evidenceUrl",
  // The return loop: a resubmission, its value and reason when returned, and who sent it.
  "resubmitted",
  "submittedByLabel",
  { lastReturn: ["reason", "value", "at", "reviewer"] },
  {
    indicator: [
      "id",
      "code",
      "name",
      "unit",
      "unitKind",
      "kind",
      "comparator",
      "targetMin",
      "targetMax",
      { measurements: ["id", "year", "period", "value", "valueKind", "status"] },
    ],
  },
  { agency: ["id", "shortName"] },
];
