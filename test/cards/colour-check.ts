/**
 * Colour problems a card has in Teams' light and dark themes: coloured text on a container of the
 * same colour ("Good" text in a "good" container is green on green), and the fixed "Dark"/"Light"
 * colours, which disappear in one of the two themes.
 */
const STYLED = new Set(['Container', 'Column', 'ColumnSet', 'TableCell', 'Table']);
const TINTED = new Set(['good', 'attention', 'warning', 'accent']);

export function colourProblems(card: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, path: string, background: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`, background));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = typeof o.type === 'string' ? o.type : '';
    const here = STYLED.has(type) && typeof o.style === 'string' ? o.style.toLowerCase() : background;
    if ((type === 'TextBlock' || type === 'TextRun') && typeof o.color === 'string') {
      const colour = o.color.toLowerCase();
      const text = JSON.stringify(String(o.text ?? '').slice(0, 40));
      if (TINTED.has(here) && colour === here) problems.push(`${path} ${text}: ${o.color} text on a ${here} container`);
      if (colour === 'dark' || colour === 'light') problems.push(`${path} ${text}: "${o.color}" text vanishes in one of the themes`);
    }
    for (const [key, value] of Object.entries(o)) if (key !== 'data') walk(value, `${path}.${key}`, here);
  };
  walk(card, '$', 'default');
  return problems;
}
