import { handleImport } from '../handlers/import-handler.ts';
import { chatCommand, form } from './chat-command.ts';

/** `import` and a pasted table on the lines after it (managers only: the handler refuses anyone else). */
export const importCommand = chatCommand('import', [
  form({
    kind: 'import',
    audience: 'managers',
    recognise: ({ text, word }) => (word === 'import' ? { kind: 'import', text: text.slice(text.toLowerCase().indexOf('import') + 'import'.length).trim() } : undefined),
    run: ({ context, deps, engagement, actor }, c) => handleImport(context, deps, engagement, actor, c.text),
  }),
]);
