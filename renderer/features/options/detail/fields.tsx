import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT } from '@shared/model/audit-row';
import { parseNumber } from '../../../components/grid/parse-number';
import { useStateFrom } from './use-state-from';

// Form fields that keep a draft while the user types and store it when the
// field is left or Enter is pressed: one write per finished entry, never
// one per keystroke, and nothing is lost by navigating away because leaving
// the field (the blur before the click) commits first.

type Common = {
  label: string;
  name: string;
  hint?: ReactNode;
  wide?: boolean;
};

export function TextField(
  props: Common & {
    value: string;
    maxLength: number;
    multiline?: boolean;
    onCommit: (value: string) => void;
  },
) {
  const [draft, setDraft] = useStateFrom(props.value);
  const commit = () => {
    if (draft.trim() !== props.value) props.onCommit(draft.trim());
  };
  return (
    <label className={props.wide ? 'field field-wide' : 'field'}>
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea
          name={props.name}
          rows={3}
          value={draft}
          maxLength={props.maxLength}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
        />
      ) : (
        <input
          name={props.name}
          value={draft}
          maxLength={props.maxLength}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
      {props.hint}
    </label>
  );
}

export function NumberField(
  props: Common & {
    value: number | null;
    unit?: string;
    min?: number;
    /** Shows and takes percent for a stored fraction (0.045 ↔ 4.5). */
    percent?: boolean;
    onCommit: (value: number | null) => void;
  },
) {
  const { t } = useTranslation();
  const shown = (value: number | null) =>
    value === null
      ? ''
      : String(props.percent ? Number((value * 100).toPrecision(12)) : value);
  const [draft, setDraft] = useStateFrom(shown(props.value));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const parsed = parseNumber(draft.replace(/%$/, ''));
    if (
      !parsed.ok ||
      (parsed.value !== null &&
        props.min !== undefined &&
        parsed.value < props.min)
    ) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const value =
      parsed.value === null
        ? null
        : props.percent
          ? parsed.value / 100
          : parsed.value;
    if (value !== props.value) props.onCommit(value);
  };
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        name={props.name}
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {invalid && (
        <span className="field-error" role="alert">
          {t('options.feasibility.inputInvalid')}
        </span>
      )}
      {props.hint}
    </label>
  );
}

export function DateField(
  props: Common & {
    value: string | null;
    onCommit: (value: string | null) => void;
  },
) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="date"
        name={props.name}
        value={props.value ?? ''}
        onChange={(event) => props.onCommit(event.target.value || null)}
      />
      {props.hint}
    </label>
  );
}

export function SelectField<V extends string>(
  props: Common & {
    value: V;
    options: readonly { value: V; label: string }[];
    onCommit: (value: V) => void;
  },
) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value}
        onChange={(event) => props.onCommit(event.target.value as V)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint}
    </label>
  );
}

/**
 * A value the team sets by hand in place of a derived one (a cost class,
 * a screening result), which must carry its reason. Nothing is saved until
 * the reason is written; unticking clears the override at once.
 */
export function ReasonedOverride<V extends string>(props: {
  current: { value: V; reason: string } | null;
  fallback: V;
  toggleLabel: string;
  valueLabel: string;
  reasonLabel: string;
  /** Shown under an empty reason, if given. */
  reasonRequired?: string;
  name: string;
  choices: readonly { value: V; label: string }[];
  onSave: (override: { value: V; reason: string } | null) => void;
}) {
  const { current } = props;
  const [on, setOn] = useStateFrom(current !== null);
  const [value, setValue] = useStateFrom<V>(current?.value ?? props.fallback);
  const [reason, setReason] = useStateFrom(current?.reason ?? '');
  const commit = (next: V, text: string) => {
    if (text.trim() !== '') props.onSave({ value: next, reason: text.trim() });
  };
  return (
    <fieldset className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => {
            setOn(event.target.checked);
            if (!event.target.checked) props.onSave(null);
          }}
        />
        {props.toggleLabel}
      </label>
      {on && (
        <div className="grid-2">
          <SelectField<V>
            label={props.valueLabel}
            name={props.name}
            value={value}
            options={props.choices}
            onCommit={(next) => {
              setValue(next);
              commit(next, reason);
            }}
          />
          <label className="field">
            <span>{props.reasonLabel}</span>
            <input
              name={`${props.name}Reason`}
              value={reason}
              maxLength={LONG_TEXT}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => commit(value, reason)}
            />
            {props.reasonRequired && reason.trim() === '' && (
              <span className="field-error">{props.reasonRequired}</span>
            )}
          </label>
        </div>
      )}
    </fieldset>
  );
}

/**
 * Ticks that link a record to others of the audit (an option to the waste
 * causes it answers, or to the targets it serves). `onChange` gets the
 * whole new list of ids.
 */
export function LinkChecklist(props: {
  legend: string;
  empty: string;
  items: readonly { id: string; label: string }[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      {props.items.length === 0 ? (
        <span className="muted">{props.empty}</span>
      ) : (
        props.items.map((item) => (
          <label key={item.id} className="checkbox">
            <input
              type="checkbox"
              checked={props.checked.includes(item.id)}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? [...props.checked, item.id]
                    : props.checked.filter((id) => id !== item.id),
                )
              }
            />
            {item.label}
          </label>
        ))
      )}
    </fieldset>
  );
}
