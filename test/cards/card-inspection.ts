/** Helpers to look into expanded card JSON in tests. */

type Json = unknown;

/** Every object in the card (depth first). */
export function allObjects(node: Json): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (n: Json): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      out.push(n as Record<string, unknown>);
      Object.values(n).forEach(walk);
    }
  };
  walk(node);
  return out;
}

/** Action.Execute objects (their fallbacks are Action.Submit and are not included). */
/** Buttons people click: every Action.Execute but the card's refresh action (run by Teams, never shown). */
export function executeActions(card: Json): Array<Record<string, unknown>> {
  const refresh = (card as { refresh?: { action?: unknown } }).refresh?.action;
  return allObjects(card).filter((o) => o.type === 'Action.Execute' && o !== refresh);
}

/** Action.Submit objects that are not the fallback of an Action.Execute. */
export function bareSubmitActions(card: Json): Array<Record<string, unknown>> {
  const fallbacks = new Set(executeActions(card).map((a) => a.fallback));
  return allObjects(card).filter((o) => o.type === 'Action.Submit' && !fallbacks.has(o));
}

export function verbs(card: Json): string[] {
  return executeActions(card).map((a) => String(a.verb));
}

/** Ids of every Input.* element, in order. */
export function inputIds(card: Json): string[] {
  return allObjects(card)
    .filter((o) => typeof o.type === 'string' && o.type.startsWith('Input.'))
    .map((o) => String(o.id));
}

export function findInput(card: Json, id: string): Record<string, unknown> | undefined {
  return allObjects(card).find((o) => typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id);
}

/** All TextBlock/Fact/button text joined, as a reader would see it (escapes not undone). */
export function visibleText(card: Json): string {
  return allObjects(card)
    .flatMap((o) => [o.text, o.title, o.value].filter((v): v is string => typeof v === 'string'))
    .join('\n');
}
