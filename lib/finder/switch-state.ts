/** Reading a switch's state without touching it. */

export type SwitchState = 'on' | 'off';

const ariaSwitchRoles = new Set(['switch', 'checkbox', 'menuitemcheckbox']);

/** 'on' when the switch is checked (input.checked, or aria-checked="true"), 'off' when not, null when unreadable. */
export function switchState(element: Element): SwitchState | null {
  // A native checkbox's own state wins over any aria-checked, as browsers expose it (html-aam).
  if (element.localName === 'input') {
    const input = element as HTMLInputElement;
    if (input.type !== 'checkbox') return null;
    return input.checked ? 'on' : 'off';
  }
  const role = element.getAttribute('role')?.trim().split(/\s+/)[0] ?? '';
  if (!ariaSwitchRoles.has(role)) return null;
  const checked = element.getAttribute('aria-checked')?.trim().toLowerCase();
  if (checked === 'true') return 'on';
  if (checked === 'false') return 'off';
  return null; // missing or "mixed": neither On nor Off
}
