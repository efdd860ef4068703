/** A country combobox you can type into (ARIA 1.2 combobox with a listbox popup). */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CountryOption, onlyMatch, searchCountries } from '../lib/country-search';

export type { CountryOption } from '../lib/country-search';

export interface RegionPickerProps {
  /** Prefix of the element ids (the input is `${id}-input`). */
  id?: string;
  label: string;
  hint: string;
  /** Said (and announced) when nothing matches what was typed; gets the typed text. */
  noMatch: (typed: string) => string;
  value: string | null;
  /** The region guessed from the browser: listed first among equals. */
  guessed?: string | null;
  options: readonly CountryOption[];
  onChange: (code: string) => void;
  /** Focus the field when it appears (it opens from "Change"); the focus moves because the member asked. */
  autoFocus?: boolean;
}

/** Props in, markup out: the page's App owns the stored value. */
export function RegionPicker(props: RegionPickerProps) {
  const { id = 'region', label, hint, noMatch, value, guessed = null, options, onChange } = props;
  const selectedName = options.find((o) => o.code === value)?.name ?? '';
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchCountries(options, query ?? '', guessed), [options, query, guessed]);
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-opt-${code}`;
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const nothing = open && query !== null && matches.length === 0;
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // Preact leaves `autofocus` to the browser, which honours it only on page load.
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.autoFocus]);
  // The option the arrow keys reach stays in sight in a long list (focus stays in the field, so nothing else scrolls it).
  // Before paint, so the list never shows a frame with the active option out of view.
  const activeCode = activeOption?.code;
  useLayoutEffect(() => {
    if (activeCode)
      list.current?.querySelector(`#${optionId(activeCode)}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeCode]);

  const choose = (option: CountryOption | null | undefined) => {
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
    else if (event.key === 'Enter' && (open || query !== null)) {
      // With nothing matching, Enter keeps what was typed so the member can fix it.
      if (matches.length > 0) choose(activeOption ?? matches[0]);
    } else if (event.key === 'Escape' && (open || query !== null)) {
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
        ref={input}
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
        value={query ?? selectedName}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        // Leaving the field takes the one country that matches; with several or none it changes nothing.
        onBlur={(event) => {
          // Focus going into the list (a browser that focuses it on a click on its scrollbar) is not leaving.
          if (event.relatedTarget instanceof Node && list.current?.contains(event.relatedTarget)) {
            input.current?.focus();
            return;
          }
          choose(query === null ? null : onlyMatch(options, query));
        }}
        onClick={() => setOpen((o) => !o)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <p id={`${id}-status`} class="no-match" role="status" aria-live="polite">
        {nothing ? noMatch(query ?? '') : ''}
      </p>
      {/* A mousedown anywhere in the list, its scrollbar included, must not take focus from the field: that blur
          would close the list under the pointer. */}
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        class="region-list"
        ref={list}
        hidden={!open || matches.length === 0}
        onMouseDown={(event) => event.preventDefault()}
      >
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
            onClick={() => choose(option)}
          >
            {option.name}
          </div>
        ))}
      </div>
    </div>
  );
}
