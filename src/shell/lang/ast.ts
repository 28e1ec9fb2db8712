/** One piece of a word. `quoted` parts are never split into fields. */
export type WordPart =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'var'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'subst'; readonly list: CommandList; readonly quoted: boolean };

/** A shell word before expansion, e.g. `"$(docker ps -q)"x`. */
export interface Word {
  readonly parts: readonly WordPart[];
}

/**
 * A redirection, applied left to right: `fd` is the descriptor redirected (1 for `>`, 0 for `<`).
 * `file` targets a path (`>`, `>>`, `<`), `dup` copies another descriptor (`2>&1`, `>&2`), `here`
 * feeds a here-document body as stdin.
 */
export type Redirect =
  | { readonly kind: 'file'; readonly fd: number; readonly mode: 'write' | 'append' | 'read'; readonly target: Word }
  | { readonly kind: 'dup'; readonly fd: number; readonly target: Word }
  | { readonly kind: 'here'; readonly fd: number; readonly body: Word };

/** A simple command: leading `NAME=value` assignments, then argv words, and its redirections. */
export interface SimpleCommand {
  readonly assignments: readonly { readonly name: string; readonly value: Word }[];
  readonly words: readonly Word[];
  readonly redirects?: readonly Redirect[];
}

/** Commands joined by `|`. */
export interface Pipeline {
  readonly commands: readonly SimpleCommand[];
}

/** Pipelines joined by `&&` / `||`, evaluated left to right. */
export interface AndOrList {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

/** And-or lists separated by `;`, `&` or newlines. */
export interface CommandList {
  readonly items: readonly AndOrList[];
}

/** Which shell's wording to use for syntax errors: bash or BusyBox ash. */
export type ShellFlavour = 'bash' | 'ash';
