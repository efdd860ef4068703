/** A country combobox you can type into (ARIA 1.2 combobox with a listbox popup). */
import { useMemo, useState } from 'preact/hooks';

export interface CountryOption {
  code: string;
  name: string;
}

export interface RegionPickerProps {
  /** Prefix of the element ids (the input is `${id}-input`). */
  id?: string;
  label: string;
  hint: string;
  /** Shown in the list when nothing matches what was typed. */
  noMatch: string;
  value: string | null;
  options: readonly CountryOption[];
  onChange: (code: string) => void;
}

/** Folds case and accents so "osterreich" finds "Österreich". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Options matching `query`: the code itself (and UK/EL aliases) first, then names starting with it, then containing it. */
export function filterCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const q = fold(query);
  if (!q) return [...options];
  const alias = ({ uk: 'gb', el: 'gr' } as Record<string, string>)[q] ?? q;
  const byCode = options.filter((o) => o.code.toLowerCase() === alias);
  const starts = options.filter((o) => !byCode.includes(o) && fold(o.name).startsWith(q));
  const contains = options.filter(
    (o) => !byCode.includes(o) && !starts.includes(o) && fold(o.name).includes(q),
  );
  return [...byCode, ...starts, ...contains];
}

/** Props in, markup out: the popup's App owns the stored value. */
export function RegionPicker({
  id = 'region',
  label,
  hint,
  noMatch,
  value,
  options,
  onChange,
}: RegionPickerProps) {
  const selectedName = options.find((o) => o.code === value)?.name ?? '';
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterCountries(options, query ?? ''), [options, query]);
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-opt-${code}`;
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const choose = (option: CountryOption | undefined) => {
    if (option) onChange(option.code);
    setQuery(null);
    setOpen(false);
  };
  const move = (delta: number) => {
    setOpen(true);
    setActive((i) => Math.max(0, Math.min(matches.length - 1, (open ? i : -1) + delta)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(event.altKey ? 0 : 1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && (open || query !== null)) choose(activeOption ?? matches[0]);
    else if (event.key === 'Escape' && (open || query !== null)) {
      setOpen(false);
      setQuery(null);
    } else return;
    event.preventDefault();
    if (event.key === 'Escape') event.stopPropagation();
  };

  return (
    <div class="region-picker">
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        class="region-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
        value={query ?? selectedName}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onClick={() => setOpen((o) => !o)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <div id={listId} role="listbox" aria-label={label} class="region-list" hidden={!open}>
        {matches.length === 0 && <div class="no-match">{noMatch}</div>}
        {matches.map((option) => (
          // Options are never focused: the input keeps focus and points at them with aria-activedescendant,
          // and the keyboard works through the input's onKeyDown (ARIA 1.2 combobox pattern).
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          // biome-ignore lint/a11y/useFocusableInteractive: see above
          <div
            key={option.code}
            id={optionId(option.code)}
            role="option"
            aria-selected={option === activeOption}
            class={option.code === value ? 'current' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.name}
          </div>
        ))}
      </div>
    </div>
  );
}
