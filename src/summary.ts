// Job summary tables (Markdown). Pure; never given a secret.
export type Row = readonly [string, string];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(title: string, rows: readonly Row[], note?: string): string {
  const lines = [
    `### ${title}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
  ];
  if (note) lines.push('', note);
  return lines.join('\n') + '\n';
}

export function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

export function list(items: readonly string[], empty = 'none'): string {
  return items.length ? items.map(code).join(', ') : empty;
}
