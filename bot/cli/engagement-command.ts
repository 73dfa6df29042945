import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { runSetup } from '../app/setup-service.ts';
import type { Services } from '../app/services.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import { parseSetupInput } from '../domain/engagement/setup-input.ts';
import { defaultTemplateMatrix } from '../domain/matrix/default-template.ts';
import type { Matrix } from '../domain/matrix/matrix.ts';
import { out, UsageError } from './cli-io.ts';
import { readMatrixFile } from './matrix-file.ts';

/** `engagement list [--json]` and `engagement setup ID --internal … --msp … --tz … --template default|FILE [--msp-tz … --msp-hours …] [--json]`. */
export async function engagementCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'list') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
    const engagements = await (await services()).engagements.list();
    const rows = engagements.map((e) => ({
      id: e.id,
      tenant: e.tenantId,
      team: e.teamId ?? null,
      conversation: e.conversationId,
      conversationKind: e.conversationKind,
      internal: e.internal.name,
      msp: e.msp.name,
      setUp: e.setUp,
      matrixVersion: e.matrixVersion,
    }));
    if (values.json) out(JSON.stringify(rows));
    else if (rows.length === 0) out('No engagements yet: install Baton in a team or chat first.');
    else
      for (const r of rows)
        out(`${r.id}  ${r.setUp ? 'set up' : 'NOT set up'}  ${r.internal} / ${r.msp}  tenant ${r.tenant}  ${r.team ?? r.conversation}  matrix v${r.matrixVersion}`);
    return;
  }
  if (sub === 'setup') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        internal: { type: 'string' },
        msp: { type: 'string' },
        tz: { type: 'string' },
        template: { type: 'string', default: 'default' },
        hours: { type: 'string', default: '08:00-17:00' },
        days: { type: 'string', default: '1,2,3,4,5' },
        holidays: { type: 'string' },
        'msp-tz': { type: 'string' },
        'msp-hours': { type: 'string' },
        'msp-holidays': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const id = positionals[0];
    if (!id || !ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError('engagement setup needs an engagement id like e-3fk9q2m7xw1c (see `engagement list`)');
    const [hoursStart, hoursEnd] = (values.hours ?? '').split('-');
    const [mspHoursStart, mspHoursEnd] = values['msp-hours'] ? values['msp-hours'].split('-') : [];
    const parsed = parseSetupInput({
      internalName: values.internal ?? '',
      mspName: values.msp ?? '',
      timeZone: values.tz ?? '',
      hoursStart,
      hoursEnd,
      days: values.days,
      holidayRegion: values.holidays,
      yourSide: 'internal',
      mspTimeZone: values['msp-tz'],
      mspHoursStart,
      mspHoursEnd,
      mspHolidayRegion: values['msp-holidays'],
    });
    if (!parsed.ok) throw new UsageError(`engagement setup: ${parsed.problems.join(' ')}`);
    const matrix: Matrix = values.template === 'default' ? defaultTemplateMatrix() : readMatrixFile(values.template!);
    const svc = await services();
    if (!(await svc.engagements.getFresh(id))) throw new UsageError(`No engagement ${id}; see \`engagement list\``);
    const author = `CLI (${userInfo().username}@${hostname()})`;
    const result = await runSetup(svc, id, parsed.input, matrix, undefined, author);
    const summary = {
      id,
      setUp: result.engagement.setUp,
      internal: result.engagement.internal.name,
      msp: result.engagement.msp.name,
      timeZone: result.engagement.internal.timeZone,
      mspTimeZone: result.engagement.msp.timeZone,
      matrixVersion: result.version.version,
      rows: result.version.matrix.rows.length,
      newVersion: result.newVersion,
    };
    out(values.json ? JSON.stringify(summary) : `${id} set up: ${summary.internal} / ${summary.msp}, ${summary.timeZone}, matrix v${summary.matrixVersion} (${summary.rows} rows)`);
    return;
  }
  throw new UsageError('engagement commands: list [--json] | setup ID --internal NAME --msp NAME --tz ZONE --template default|FILE [--json]');
}
