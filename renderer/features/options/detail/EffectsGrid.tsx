import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canConvert, UNITS, type Unit } from '@shared/calc/units';
import type { OptionEffect } from '@shared/model/option';
import {
  PARAMETERS,
  isParameterKey,
  parameterByKey,
  type ParameterKey,
} from '@shared/reference/parameters';
import {
  DataGrid,
  type CellValue,
  type GridColumn,
} from '../../../components/grid';
import { pickLabel } from '../../../i18n/bilingual';

type EffectRow = {
  id: string;
  parameter: ParameterKey;
  quantity: number | null;
  unit: Unit;
};

export type EffectsGridProps = {
  label: string;
  effects: readonly OptionEffect[];
  onChange: (effects: OptionEffect[]) => void;
};

function isUnit(value: CellValue): value is Unit {
  return (UNITS as readonly unknown[]).includes(value);
}

/**
 * The environmental effects of an option, one row per parameter of the
 * shared catalogue. Changing the parameter resets the unit to the
 * parameter's own, so a row never holds a unit that does not fit it.
 */
export function EffectsGrid({ label, effects, onChange }: EffectsGridProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = useMemo<EffectRow[]>(
    () => effects.map((effect, index) => ({ id: String(index), ...effect })),
    [effects],
  );
  const columns = useMemo<GridColumn<EffectRow>[]>(
    () => [
      {
        kind: 'select',
        key: 'parameter',
        header: t('options.detail.effectColumns.parameter'),
        width: 170,
        options: PARAMETERS.map((p) => ({
          value: p.key,
          label: pickLabel(p.name, language),
        })),
      },
      {
        kind: 'number',
        key: 'quantity',
        header: t('options.detail.effectColumns.quantity'),
        width: 120,
      },
      {
        kind: 'select',
        key: 'unit',
        header: t('options.detail.effectColumns.unit'),
        width: 90,
        options: UNITS.map((unit) => ({ value: unit, label: unit })),
        validate: (value, row) =>
          typeof value === 'string' &&
          !canConvert(value, parameterByKey(row.parameter).unit)
            ? 'unit-mismatch'
            : null,
      },
    ],
    [t, language],
  );

  const replace = (index: number, effect: OptionEffect) =>
    onChange(effects.map((e, i) => (i === index ? effect : e)));

  return (
    <DataGrid
      aria-label={label}
      columns={columns}
      rows={rows}
      onCellChange={(rowId, key, value) => {
        const index = Number(rowId);
        const current = effects[index];
        if (!current) return;
        if (key === 'parameter' && isParameterKey(value)) {
          const unit = canConvert(current.unit, parameterByKey(value).unit)
            ? current.unit
            : parameterByKey(value).unit;
          replace(index, { ...current, parameter: value, unit });
        } else if (key === 'quantity') {
          replace(index, {
            ...current,
            quantity: typeof value === 'number' ? value : 0,
          });
        } else if (
          key === 'unit' &&
          isUnit(value) &&
          canConvert(value, parameterByKey(current.parameter).unit)
        ) {
          replace(index, { ...current, unit: value });
        }
      }}
      onAddRow={() =>
        onChange([
          ...effects,
          { parameter: 'electricity', quantity: 0, unit: 'kWh' },
        ])
      }
      onRemoveRows={(ids) =>
        onChange(effects.filter((_, i) => !ids.includes(String(i))))
      }
    />
  );
}
