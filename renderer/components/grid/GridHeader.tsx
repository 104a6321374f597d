import { useTranslation } from 'react-i18next';
import { columnUnit, isNumeric, unitLabel } from './cell-format';
import type { GridColumn } from './types';

export type GridHeaderProps<Row> = {
  columns: readonly GridColumn<Row>[];
  readOnly: boolean;
};

export function GridHeader<Row>({ columns, readOnly }: GridHeaderProps<Row>) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr role="row" aria-rowindex={1}>
        <th
          role="columnheader"
          scope="col"
          aria-colindex={1}
          className="data-grid-rownum"
        >
          <span className="visually-hidden">{t('grid.rowNumber')}</span>
        </th>
        {columns.map((column, index) => {
          const unit = columnUnit(column);
          return (
            <th
              key={column.key}
              role="columnheader"
              scope="col"
              aria-colindex={index + 2}
              className={isNumeric(column) ? 'is-number' : undefined}
            >
              {unit
                ? t('grid.headerWithUnit', {
                    header: column.header,
                    unit: unitLabel(unit),
                  })
                : column.header}
            </th>
          );
        })}
        {!readOnly && (
          <th
            role="columnheader"
            scope="col"
            aria-colindex={columns.length + 2}
          >
            <span className="visually-hidden">{t('grid.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
