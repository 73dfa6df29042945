import { handleMatrix } from '../handlers/matrix-handler.ts';
import { chatCommand, form, phrases } from './chat-command.ts';

export const matrixCommand = chatCommand('matrix', [
  form({
    kind: 'matrix',
    audience: 'anyone',
    recognise: phrases(['matrix', 'show matrix', 'show the matrix', 'the matrix', 'show me the matrix', 'list', 'all'], { kind: 'matrix' }),
    run: ({ context, deps, engagement }) => handleMatrix(context, deps, engagement, 'all'),
  }),
]);
