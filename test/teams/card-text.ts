/** All text a user would read on a captured card (TextBlocks, facts, button titles, input labels), joined. */
export function cardText(activityOrCard: Record<string, any>): string {
  const card = activityOrCard.attachments?.[0]?.content ?? activityOrCard;
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value' || key === 'placeholder' || key === 'label') && typeof value === 'string') parts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return parts.join('\n');
}

/** Every Action.Execute verb on a card. */
export function cardVerbs(activityOrCard: Record<string, any>): string[] {
  const card = activityOrCard.attachments?.[0]?.content ?? activityOrCard;
  const verbs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Execute' && typeof n.verb === 'string') verbs.push(n.verb);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return verbs;
}
