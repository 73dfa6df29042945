import { BATON_COMMANDS, buildNoticeCard, escapeMarkdown, type AdaptiveCardJson, type NoticeCardModel } from '../../../cards/index.ts';
import { ROLES } from '../../domain/engagement/people.ts';

/**
 * First words of Baton's commands ("setup", "away", "role", …) and the role names `role` takes:
 * a `span` is a command only when it starts with one of them.
 */
const COMMAND_WORDS: ReadonlySet<string> = new Set([
  ...BATON_COMMANDS.flatMap((c) => c.command.split(' / ').map((alternative) => alternative.trim().split(/\s+/)[0]!.toLowerCase())),
  ...ROLES,
]);

/**
 * Text from outside inside one of Baton's sentences for `noticeCard`: its backticks and backslashes
 * stay what they are, so a name like "`setup`" never turns bold.
 */
export function literal(text: string): string {
  return text.replace(/[\\`]/g, (c) => `\\${c}`);
}

/**
 * Baton's own sentences mark commands with backticks (`setup`); Teams cards render no inline code,
 * so those become bold. Everything else is shown literally — names, dates and reasons from outside
 * too: a backtick span that is not one of Baton's commands, or a backtick escaped with `literal`, stays a backtick.
 */
export function commandMarkdown(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) =>
      spans(paragraph)
        .map((span) => (span.command ? `**${escapeMarkdown(span.text)}**` : keepingSpaces(span.text)))
        .join(''),
    )
    .join('\n\n');
}

interface Span {
  readonly text: string;
  readonly command: boolean;
}

/** A paragraph cut into plain text and command spans; `\`` and `\\` are a literal backtick and backslash. */
function spans(paragraph: string): Span[] {
  const out: Span[] = [];
  let plain = '';
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    const next = paragraph[i + 1];
    if (c === '\\' && (next === '`' || next === '\\')) {
      plain += next;
      i++;
      continue;
    }
    const end = c === '`' ? paragraph.indexOf('`', i + 1) : -1;
    const inner = end > i ? paragraph.slice(i + 1, end) : '';
    if (end > i && isCommand(inner)) {
      out.push({ text: plain, command: false }, { text: inner, command: true });
      plain = '';
      i = end;
      continue;
    }
    plain += c;
  }
  out.push({ text: plain, command: false });
  return out.filter((span) => span.text !== '');
}

function isCommand(span: string): boolean {
  return COMMAND_WORDS.has(span.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
}

/** Escaped text between commands, keeping the spaces that separate it from them ("Say **back** when"). */
function keepingSpaces(text: string): string {
  const before = /^\s/.test(text) ? ' ' : '';
  const after = /\s$/.test(text) && text.trim() !== '' ? ' ' : '';
  return `${before}${escapeMarkdown(text)}${after}`;
}

/** A short card: a title, a sentence, a colour (and optionally bullets). */
export function noticeCard(model: NoticeCardModel): AdaptiveCardJson {
  return buildNoticeCard({
    ...model,
    ...(model.text !== undefined ? { text: commandMarkdown(model.text) } : {}),
    ...(model.bullets ? { bullets: model.bullets.map(commandMarkdown) } : {}),
    markdown: true,
  });
}
