import { handleMatrix } from '../handlers/matrix-handler.ts';
import { chatCommand, form, phrases, type CommandTurn } from './chat-command.ts';

const run = ({ context, deps, engagement }: CommandTurn, c: { side: 'internal' | 'msp' | 'joint' }) => handleMatrix(context, deps, engagement, c.side);

/** `ours` / `msp` / `joint`: the rows one side owns. */
export const sideCommand = chatCommand('side', [
  form({ kind: 'side', audience: 'anyone', recognise: phrases(['ours', 'internal', 'mine', 'us', 'what do we own', 'what do we own?'], { kind: 'side', side: 'internal' }), run }),
  form({ kind: 'side', audience: 'anyone', recognise: phrases(['msp', 'theirs', 'them', 'what does the msp own', 'what does the msp own?'], { kind: 'side', side: 'msp' }), run }),
  form({ kind: 'side', audience: 'anyone', recognise: phrases(['joint', 'shared', 'both'], { kind: 'side', side: 'joint' }), run }),
]);
