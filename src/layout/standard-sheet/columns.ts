/** The standard sheet's seven columns, shared by every section so the sheet prints as one grid. */
export const COLUMN = {
  duty: 0,
  task: 1,
  outputs: 2,
  indicators: 3,
  level: 4,
  knowledge: 5,
  skills: 6,
} as const;
export const LAST_COLUMN = COLUMN.skills;

/**
 * Widths in character units: a CJK character is about 2, so the duty column holds 9 characters a
 * line and the indicators column 24, enough for most indicators in two lines.
 */
export const COLUMN_WIDTHS = [18, 20, 22, 50, 10, 30, 28];
