/** One piece of a word. `quoted` parts are never split into fields. */
export type WordPart =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'var'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'subst'; readonly list: CommandList; readonly quoted: boolean };

/** A shell word before expansion, e.g. `"$(docker ps -q)"x`. */
export interface Word {
  readonly parts: readonly WordPart[];
}

/** A simple command: leading `NAME=value` assignments, then argv words. */
export interface SimpleCommand {
  readonly assignments: readonly { readonly name: string; readonly value: Word }[];
  readonly words: readonly Word[];
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
