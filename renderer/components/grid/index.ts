export { DataGrid, cellId, type DataGridProps } from './DataGrid';
export { GRID_ERROR_CODES } from './types';
export type {
  CellChange,
  CellValue,
  ComputedColumn,
  DateColumn,
  EditableKey,
  GridColumn,
  GridErrorCode,
  GridFooterRow,
  NewRowValues,
  NumberColumn,
  SelectColumn,
  SelectOption,
  TextColumn,
} from './types';
