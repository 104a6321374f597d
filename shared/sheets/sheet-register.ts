import type { CostClassRules } from '../calc/cost-class';
import { nextOptionCode } from '../calc/option-codes';
import { optionCostGroup, optionSchema, type Option } from '../model/option';
import { looseText } from './cells';
import type { OptionFields, SheetOption } from './options-sheet';

/**
 * The code each sheet option gets next to the register's `existing` codes:
 * the sheet's own code when no option has it yet, else the next code of
 * the option's cost group (F… or Z…), as adding by hand would give.
 */
export function assignSheetCodes(
  sheet: readonly SheetOption[],
  existing: Iterable<string>,
  rules: CostClassRules,
): string[] {
  const taken = [...existing];
  const seen = new Set(taken.map(looseText));
  return sheet.map((option) => {
    const wanted = option.code;
    const code =
      wanted !== null && !seen.has(looseText(wanted))
        ? wanted
        : nextOptionCode(optionCostGroup(option.fields, rules), taken);
    taken.push(code);
    seen.add(looseText(code));
    return code;
  });
}

/**
 * A sheet read as a register of stored options, for figures computed
 * straight from a sheet (the CLI's summary): ids and times are made up,
 * codes assigned as on import.
 */
export function sheetAsRegister(
  sheet: readonly SheetOption[],
  rules: CostClassRules,
  stamp = '2000-01-01T00:00:00.000Z',
): Option[] {
  const codes = assignSheetCodes(sheet, [], rules);
  return sheet.map((option, i) =>
    optionSchema.parse(
      storedShape(option.fields, codes[i] ?? '', i + 1, stamp),
    ),
  );
}

/** The fields with the record fields a repository would add. */
export function storedShape(
  fields: OptionFields,
  code: string,
  n: number,
  stamp = '2000-01-01T00:00:00.000Z',
) {
  return {
    ...fields,
    code,
    id: `sheet-${n}`,
    auditId: 'sheet',
    sortIndex: n,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
    deletedAt: null,
  };
}
