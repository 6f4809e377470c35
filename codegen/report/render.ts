import type { ChangeReport, ClassifiedChange, ServiceChanges } from './changes.js';

const TEXT_LIMIT = 90;
const DETAIL_LIMIT = 8;
const DETAIL_INDENT = ' '.repeat(16);

const FIELD_OF_KIND = {
  'error-message-changed': 'message',
  'error-description-changed': 'description',
  'error-solution-changed': 'solution',
} as const;

/**
 * The change report as text for a terminal: one block per changed service, one line per change led by its
 * severity, ending with the counts and the semver bump they imply.
 */
export function renderReport(report: ChangeReport): string {
  const lines = [
    report.hadPrevious ? 'Change report:' : 'Change report (no previous generated/catalog.json):',
  ];
  if (report.services.length === 0) lines.push('  no changes to the catalog');
  for (const service of report.services) lines.push(...renderService(service));
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** The report's last line: counts per severity and the version bump. */
export function summaryLine(report: ChangeReport): string {
  const { breaking, dangerous, safe } = report.counts;
  const bump = report.bump === 'none' ? 'no version bump needed' : `semver bump: ${report.bump}`;
  return `${breaking} breaking, ${dangerous} dangerous, ${safe} safe: ${bump}`;
}

function renderService(service: ServiceChanges): string[] {
  const title = `  ${service.key} (${service.name})`;
  if (service.status !== 'changed') return [`${title}: ${wholeService(service)}`];
  return [title, ...service.changes.map((change) => `    ${change.severity.padEnd(9)} ${describe(change)}`)];
}

// A service that appeared or went away is one line: listing every code of a new service says nothing more.
function wholeService(service: ServiceChanges): string {
  const statusCodes = service.changes.filter((c) => c.kind.startsWith('status-code-')).length;
  const errorCodes = service.changes.filter((c) => c.kind.startsWith('error-code-')).length;
  const what = service.status === 'added' ? 'new service' : 'service removed';
  const severity = service.status === 'added' ? 'dangerous' : 'breaking';
  return `${severity}: ${what}, ${plural(statusCodes, 'status code')}, ${plural(errorCodes, 'error code')}`;
}

function describe(change: ClassifiedChange): string {
  switch (change.kind) {
    case 'service-renamed':
      return `display name ${quote(change.before)} → ${quote(change.after)}`;
    case 'status-code-added':
      return `status ${change.code} added: ${change.name} ${quote(change.message)}`;
    case 'status-code-removed':
      return `status ${change.code} removed: ${change.name} ${quote(change.message)}`;
    case 'status-code-renamed':
      return `status ${change.code} renamed: ${change.before} → ${change.after}`;
    case 'status-message-changed':
      return `status ${change.code} message: ${quote(change.before)} → ${quote(change.after)}`;
    case 'status-descriptions-changed':
      return `status ${change.code} descriptions: ${descriptionDiff(change.before, change.after)}`;
    case 'status-other-messages-changed':
      return `status ${change.code} messages in other documents: ${descriptionDiff(change.before, change.after)}`;
    case 'error-code-added':
      return `error ${change.code} added: ${change.name}, status ${statusList(change.status)}`;
    case 'error-code-removed':
      return `error ${change.code} removed: ${change.name}, status ${statusList(change.status)}`;
    case 'error-code-renamed':
      return `error ${change.code} renamed: ${change.before} → ${change.after}`;
    case 'error-status-changed':
      return `error ${change.code} moved: status ${statusList(change.before)} → ${statusList(change.after)}`;
    case 'error-message-changed':
    case 'error-description-changed':
    case 'error-solution-changed':
      return `error ${change.code} ${FIELD_OF_KIND[change.kind]}: ${quote(change.before)} → ${quote(change.after)}`;
    case 'error-group-changed':
      return `error ${change.code} group: ${groupText(change.before)} → ${groupText(change.after)}`;
    case 'error-variants-changed':
      return `error ${change.code} variants reworded (${change.before} → ${change.after})`;
  }
}

// One line per removed or added text, under the change they belong to; long lists are cut short.
function descriptionDiff(before: readonly string[], after: readonly string[]): string {
  const removed = before.filter((text) => !after.includes(text));
  const added = after.filter((text) => !before.includes(text));
  if (removed.length === 0 && added.length === 0) return 'reordered';
  const lines = [...removed.map((t) => `- ${quote(t)}`), ...added.map((t) => `+ ${quote(t)}`)];
  const shown =
    lines.length > DETAIL_LIMIT
      ? [...lines.slice(0, DETAIL_LIMIT - 1), `… ${lines.length - DETAIL_LIMIT + 1} more`]
      : lines;
  return `reworded${shown.map((line) => `\n${DETAIL_INDENT}${line}`).join('')}`;
}

function quote(text: string | null): string {
  if (text === null) return '(none)';
  const short = text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT - 1)}…` : text;
  return JSON.stringify(short);
}

function statusList(codes: readonly number[]): string {
  return codes.length === 0 ? '(none)' : codes.join('/');
}

function groupText(group: Readonly<Record<string, string>> | null): string {
  if (group === null) return '(none)';
  return Object.entries(group)
    .map(([column, value]) => `${column}: ${quote(value)}`)
    .join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
