import { useT } from '@/lib/i18n/i18n-context';
import { addDays } from '@/lib/reports/days';

export interface DayRange {
  fromDay: string;
  toDay: string;
}

const PRESETS = ['today', 'last7', 'last30', 'thisMonth'] as const;
type Preset = (typeof PRESETS)[number];

/** The usual ranges a team lead asks for, ending today (the agent's local day). */
export function presetRanges(today: string): Record<Preset, DayRange> {
  return {
    today: { fromDay: today, toDay: today },
    last7: { fromDay: addDays(today, -6), toDay: today },
    last30: { fromDay: addDays(today, -29), toDay: today },
    thisMonth: { fromDay: `${today.slice(0, 8)}01`, toDay: today },
  };
}

interface Props {
  range: DayRange;
  today: string;
  onChange: (range: DayRange) => void;
}

/** Two date fields and preset buttons; a "from" after "to" is swapped rather than refused. */
export function RangePicker({ range, today, onChange }: Props) {
  const t = useT();
  const set = (fromDay: string, toDay: string) => {
    if (!fromDay || !toDay) return;
    onChange(fromDay <= toDay ? { fromDay, toDay } : { fromDay: toDay, toDay: fromDay });
  };
  const presets = presetRanges(today);
  return (
    <fieldset className="report-range">
      <legend>{t('reports.range')}</legend>
      <label>
        {t('reports.from')}{' '}
        <input
          type="date"
          value={range.fromDay}
          max={today}
          onChange={(event) => set(event.target.value, range.toDay)}
          data-testid="range-from"
        />
      </label>
      <label>
        {t('reports.to')}{' '}
        <input
          type="date"
          value={range.toDay}
          max={today}
          onChange={(event) => set(range.fromDay, event.target.value)}
          data-testid="range-to"
        />
      </label>
      <span className="report-presets">
        {PRESETS.map((key) => {
          const preset = presets[key];
          const active = preset.fromDay === range.fromDay && preset.toDay === range.toDay;
          return (
            <button key={key} type="button" aria-pressed={active} data-preset={key} onClick={() => onChange(preset)}>
              {t(`reports.preset.${key}`)}
            </button>
          );
        })}
      </span>
    </fieldset>
  );
}
