import { handleExport } from '../handlers/export-handler.ts';
import { chatCommand, form } from './chat-command.ts';

export const exportCommand = chatCommand('export', [
  form({
    kind: 'export',
    audience: 'anyone',
    recognise: ({ lower, word }) => {
      if (word !== 'export') return undefined;
      const rest = lower.slice('export'.length).trim();
      return { kind: 'export', format: rest.includes('csv') ? 'csv' : rest.includes('md') || rest.includes('markdown') ? 'md' : 'both' };
    },
    run: ({ context, deps, engagement }, c) => handleExport(context, deps, engagement, c.format),
  }),
]);
