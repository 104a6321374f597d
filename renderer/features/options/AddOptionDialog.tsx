import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostClassRules } from '@shared/calc/cost-class';
import { SHORT_TEXT } from '@shared/model/audit-row';
import {
  ASPECTS,
  aspectByCode,
  type AspectCode,
} from '@shared/reference/aspects';
import {
  technologiesForIndustry,
  type Technology,
  type TechnologyId,
} from '@shared/reference/technologies';
import { Dialog } from '../../components/Dialog';
import { parseNumber } from '../../components/grid/parse-number';
import { pickLabel } from '../../i18n/bilingual';
import { DEFAULT_ASPECT } from './option-grid';

export type NewOption = {
  name: string;
  description: string;
  primaryAspect: AspectCode;
  investmentWanYuan: number | null;
  technologyId: TechnologyId | null;
};

export type AddOptionDialogProps = {
  industryCode: string;
  industryName: string;
  rules: CostClassRules;
  onClose: () => void;
  onAdd: (option: NewOption) => Promise<void>;
};

// Enough suggestions to scan at a glance; the filter box finds the rest.
const SHOWN = 12;

/**
 * Adds one option: typed by hand or taken from the technology catalogue's
 * entries for the audit's industry (plus the general ones), which fill the
 * name, the type and the description.
 */
export function AddOptionDialog(props: AddOptionDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [name, setName] = useState('');
  const [aspect, setAspect] = useState<AspectCode>(DEFAULT_ASPECT);
  const [investment, setInvestment] = useState('');
  const [description, setDescription] = useState('');
  const [technology, setTechnology] = useState<Technology | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<'name' | 'investment' | null>(null);
  const [busy, setBusy] = useState(false);

  const suggestions = useMemo(() => {
    const all = technologiesForIndustry(props.industryCode);
    const q = query.normalize('NFKC').trim().toLowerCase();
    const found =
      q === ''
        ? all
        : all.filter((tech) =>
            `${tech.name.zh} ${tech.name.en} ${tech.description.zh}`
              .toLowerCase()
              .includes(q),
          );
    return found.slice(0, SHOWN);
  }, [props.industryCode, query]);

  const choose = (tech: Technology) => {
    setTechnology(tech);
    setName(pickLabel(tech.name, language));
    setAspect(tech.aspect);
    setDescription(pickLabel(tech.description, language));
    setError(null);
  };

  const submit = async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('name');
      return;
    }
    let investmentWanYuan: number | null = null;
    if (investment.trim() !== '') {
      const parsed = parseNumber(investment, { unit: '万元' });
      if (!parsed.ok || parsed.value === null || parsed.value < 0) {
        setError('investment');
        return;
      }
      investmentWanYuan = parsed.value;
    }
    setBusy(true);
    try {
      await props.onAdd({
        name: trimmed,
        description,
        primaryAspect: aspect,
        investmentWanYuan,
        technologyId:
          technology && pickLabel(technology.name, language) === trimmed
            ? technology.id
            : null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t('options.add.title')}
      submitLabel={t('options.add.submit')}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      busy={busy}
    >
      <div className="add-option">
        <div>
          <label className="field">
            <span>{t('options.add.name')}</span>
            <input
              name="name"
              autoFocus
              value={name}
              maxLength={SHORT_TEXT}
              aria-invalid={error === 'name'}
              onChange={(event) => {
                setName(event.target.value);
                setError(null);
              }}
            />
            {error === 'name' && (
              <span className="field-error" role="alert">
                {t('options.add.nameRequired')}
              </span>
            )}
          </label>
          <label className="field">
            <span>{t('options.add.aspect')}</span>
            <select
              name="aspect"
              value={aspect}
              onChange={(event) =>
                setAspect(aspectByCode(event.target.value as AspectCode).code)
              }
            >
              {ASPECTS.map((a) => (
                <option key={a.code} value={a.code}>
                  {pickLabel(a.optionType, language)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('options.add.investment')}</span>
            <input
              name="investment"
              inputMode="decimal"
              value={investment}
              aria-invalid={error === 'investment'}
              onChange={(event) => {
                setInvestment(event.target.value);
                setError(null);
              }}
            />
            {error === 'investment' && (
              <span className="field-error" role="alert">
                {t('options.add.investmentInvalid')}
              </span>
            )}
          </label>
        </div>
        <section aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading">{t('options.add.suggestions')}</h3>
          <p className="hint">
            {t('options.add.suggestionsFor', {
              industry: props.industryName || props.industryCode,
            })}
          </p>
          <input
            type="search"
            aria-label={t('options.add.filter')}
            placeholder={t('options.add.filter')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {suggestions.length === 0 ? (
            <p className="muted">{t('options.add.noSuggestions')}</p>
          ) : (
            <ul className="suggestions">
              {suggestions.map((tech) => (
                <li key={tech.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={technology?.id === tech.id}
                    onClick={() => choose(tech)}
                  >
                    {pickLabel(tech.name, language)}
                  </button>
                  <span className="muted">
                    {pickLabel(aspectByCode(tech.aspect).optionType, language)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Dialog>
  );
}
