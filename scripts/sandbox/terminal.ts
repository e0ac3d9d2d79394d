// How the sandbox writes to the terminal: colour (off without a TTY or with NO_COLOR), lines, headings, chapters.

const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = paint('1');
export const dim = paint('2');
export const red = paint('31');
export const green = paint('32');
export const yellow = paint('33');
export const cyan = paint('36');

export const say = (text = ''): void => console.log(text);
export const heading = (title: string): void => say('\n' + bold(`▶ ${title}`));
export const indent = (text: string, by = '  '): string =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

/** A chapter's title bar, then what it shows, dimmed. */
export function chapter(title: string, about: string): void {
  say();
  say(bold(cyan(`━━ ${title} ${'━'.repeat(Math.max(3, 96 - title.length))}`)));
  say(indent(dim(about)));
}
