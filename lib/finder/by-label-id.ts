/** Rung 1: the switch tied to the setting's label id, by aria-labelledby or by a <label>. */
import type { Setting } from '../linkedin/settings';
import { byId } from './dom';

/** The ids listed in an aria-labelledby (or any id-list) attribute. */
export function idList(value?: string | null): string[] {
  return value?.trim().split(/\s+/).filter(Boolean) ?? [];
}

/** Switches among `switches` that the element with `labelId` labels by a standard means other than aria-labelledby. */
function labelledByElement(label: Element, switches: readonly Element[]): Element[] {
  const element = label.closest('label') ?? label;
  const target = element.localName === 'label' ? element.getAttribute('for') : null;
  if (target) return switches.filter((candidate) => candidate.id === target);
  // A <label> without `for`, or any element carrying the id, that wraps exactly one switch labels that switch.
  const inside = switches.filter((candidate) => element.contains(candidate));
  return inside.length === 1 ? inside : [];
}

/** The one switch among `switches` labelled by `setting.labelId`; null when none or several are. */
export function byLabelId(
  roots: readonly ParentNode[],
  setting: Setting,
  switches: readonly Element[],
): Element | null {
  const found = new Set(
    switches.filter((candidate) =>
      idList(candidate.getAttribute('aria-labelledby')).includes(setting.labelId),
    ),
  );
  // The label lives in the same tree as its switch: the document or one of its open shadow roots.
  for (const root of roots) {
    const label = byId(root as Node, setting.labelId);
    if (label) for (const candidate of labelledByElement(label, switches)) found.add(candidate);
  }
  return found.size === 1 ? [...found][0] : null;
}
