import type { Translate } from '../../i18n/t';
import type { StepFilters } from '../../store/traceSlice';
import type { FilterChoices } from './eventList';

interface Props {
  readonly filters: StepFilters;
  readonly choices: FilterChoices;
  readonly t: Translate;
  readonly onChange: (change: Partial<StepFilters>) => void;
}

/** Protocol, network, node and outcome pickers over the event list. */
export function StepperFilters({ filters, choices, t, onChange }: Props) {
  // A filter value no longer offered (another trace) stays selectable so it can be cleared.
  const keep = (values: readonly string[], v: string) => (v === 'all' || values.includes(v) ? values : [...values, v]);
  const pick = (name: 'protocol' | 'network' | 'node', values: readonly string[]) => (
    <label className="stepper-filter">
      <span>{t(`stepper.filter.${name}`)}</span>
      <select data-testid={`filter-${name}`} value={filters[name]} onChange={(e) => onChange({ [name]: e.target.value } as Partial<StepFilters>)}>
        <option value="all">{t('stepper.filter.all')}</option>
        {keep(values, filters[name]).map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </label>
  );
  return (
    <fieldset className="stepper-filters">
      <legend className="visually-hidden">{t('stepper.filters')}</legend>
      {pick('protocol', choices.protocol)}
      {pick('network', choices.network)}
      {pick('node', choices.node)}
      <label className="stepper-filter">
        <span>{t('stepper.filter.outcome')}</span>
        <select data-testid="filter-outcome" value={filters.outcome} onChange={(e) => onChange({ outcome: e.target.value as StepFilters['outcome'] })}>
          <option value="all">{t('stepper.filter.all')}</option>
          <option value="delivered">{t('stepper.outcome.delivered')}</option>
          <option value="dropped">{t('stepper.outcome.dropped')}</option>
        </select>
      </label>
    </fieldset>
  );
}
