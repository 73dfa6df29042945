/**
 * A rough height, in pixels, of a card as Teams draws it in its narrow (about 320 px) view: text
 * wraps at about 40 characters a line at the default size, inputs and buttons take a row each.
 * Good enough to tell a two-line welcome from a 650 px command table; not a renderer.
 */
const CHARS_PER_LINE: Record<string, number> = { small: 46, default: 40, medium: 32, large: 26, extralarge: 20 };
const LINE_PX: Record<string, number> = { small: 16, default: 20, medium: 24, large: 30, extralarge: 36 };
const GAP_PX = 8;

export function estimatedHeight(card: unknown): number {
  const c = card as { body?: unknown[]; actions?: unknown[] };
  return elements(c.body ?? []) + (c.actions?.length ? GAP_PX + 36 * c.actions.length : 0);
}

function elements(items: readonly unknown[]): number {
  return items.reduce<number>((sum, item) => sum + GAP_PX + element(item as Record<string, unknown>), 0);
}

function textHeight(text: string, size: string, width = 1): number {
  const perLine = Math.max(8, Math.floor((CHARS_PER_LINE[size] ?? 40) * width));
  const lines = text.split(/\r|\n\n|\n/).reduce((n, line) => n + Math.max(1, Math.ceil([...line.replace(/\\(.)/g, '$1').replace(/\*\*/g, '')].length / perLine)), 0);
  return lines * (LINE_PX[size] ?? 20);
}

function element(o: Record<string, unknown>): number {
  const size = typeof o.size === 'string' ? o.size.toLowerCase() : 'default';
  switch (o.type) {
    case 'TextBlock':
      return textHeight(String(o.text ?? ''), size);
    case 'FactSet':
      // Titles take about 40% of the width, values the rest.
      return ((o.facts as Array<{ title: string; value: string }>) ?? []).reduce(
        (n, f) => n + Math.max(textHeight(f.title, 'default', 0.4), textHeight(f.value, 'default', 0.6)),
        0,
      );
    case 'Container':
      return elements((o.items as unknown[]) ?? []) + (o.style && o.style !== 'default' ? 16 : 0);
    case 'ColumnSet':
      return Math.max(0, ...((o.columns as Array<{ items?: unknown[] }>) ?? []).map((col) => elements(col.items ?? [])));
    case 'ActionSet':
      return 36 * ((o.actions as unknown[]) ?? []).length;
    case 'Input.ChoiceSet': {
      const label = o.label ? 24 : 0;
      return label + (o.style === 'expanded' || (o.isMultiSelect && o.style !== 'compact') ? 28 * ((o.choices as unknown[]) ?? []).length : 36);
    }
    case 'Input.Text':
      return (o.label ? 24 : 0) + (o.isMultiline ? 80 : 36);
    default:
      return typeof o.type === 'string' && o.type.startsWith('Input.') ? (o.label ? 24 : 0) + 36 : 20;
  }
}
