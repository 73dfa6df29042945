/**
 * The alert bench's outside world, in its own process as it is in production: a local connector
 * standing in for Teams (it receives the cards) and the monitoring tools sending alerts.
 * Protocol: prints {"connector": url}; reads one JSON line {targets: [{url, token}], count, concurrency}
 * (alert i goes to target i mod targets); prints the result JSON and exits.
 */
import { createInterface } from 'node:readline';
import { LocalConnector } from '../support/local-connector.ts';

const SUMMARIES = [
  'Backup job Nightly-FS failed on veeam-01',
  'EDR: suspicious PowerShell blocked on LAPTOP-{n}',
  'Server patching: 3 updates failed on SRV-{n}',
  'Email security: phishing campaign quarantined',
  'SIEM: impossible travel sign-in for user{n}',
  'Printer queue stuck on floor {n}',
  'Disk 95% full on FS{n}',
  'Workstation patching: 12 laptops missing updates',
];

const connector = new LocalConnector();
await connector.start();
process.stdout.write(`${JSON.stringify({ connector: connector.url })}\n`);
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const { targets, count, concurrency } = JSON.parse(line) as { targets: Array<{ url: string; token: string }>; count: number; concurrency: number };
  const before = connector.received.length;
  let next = 0;
  let accepted = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const body = { source: 'bench', severity: 'warning', summary: SUMMARIES[i % SUMMARIES.length]!.replace('{n}', String(i)), dedupKey: `bench-${i}` };
      const { url, token } = targets[i % targets.length]!;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (res.status === 202) accepted++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const acceptSeconds = (performance.now() - started) / 1000;
  const deadline = Date.now() + 120_000;
  while (connector.received.length - before < accepted && Date.now() < deadline) await new Promise((done) => setTimeout(done, 5));
  const seconds = (performance.now() - started) / 1000;
  const cardsPosted = connector.received.slice(before).filter((r) => r.method === 'POST').length;
  process.stdout.write(`${JSON.stringify({ alerts: count, accepted, cardsPosted, seconds, acceptSeconds })}\n`);
  break;
}
await connector.stop();
process.exit(0);
