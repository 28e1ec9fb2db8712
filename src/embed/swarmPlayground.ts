import { EMBED_OPTIONS, embedAddress } from './embedAddress';

const PREFIX = 'swarm-playground:';
/** Where this script was served from: the playground's own folder. */
const BASE = new URL(/* @vite-ignore */ './', import.meta.url).href;
const BASE_ORIGIN = new URL(BASE).origin;

/**
 * `<swarm-playground scenario="seed-2017" view="split" lang="ko">`: the playground in an iframe, for pages
 * that prefer one script tag. Attributes mirror the embed options (scenario, view, lang, theme, readonly,
 * autoplay, step, lesson), plus `session` (a share link's fragment), `click-to-load`, `width` and `height`.
 * Methods `run(line)`, `step(to)` and `load(scenario)` drive it; it dispatches `ready`, `step`, `command`,
 * `lesson-check` and `error` events whose `detail` is the playground's message.
 */
class SwarmPlaygroundElement extends HTMLElement {
  static observedAttributes = [...EMBED_OPTIONS, 'session', 'click-to-load', 'width', 'height'];
  #frame: HTMLIFrameElement | null = null;

  readonly #onMessage = (e: MessageEvent) => {
    const data: unknown = e.data;
    if (e.origin !== BASE_ORIGIN || e.source !== this.#frame?.contentWindow) return;
    if (typeof data !== 'object' || data === null || typeof (data as { type?: unknown }).type !== 'string') return;
    const type = (data as { type: string }).type;
    if (type.startsWith(PREFIX)) this.dispatchEvent(new CustomEvent(type.slice(PREFIX.length), { detail: data }));
  };

  connectedCallback() {
    window.addEventListener('message', this.#onMessage);
    this.#render();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  /** Types a line in the playground's terminal. */
  run(line: string) {
    this.#post({ type: `${PREFIX}run`, line });
  }

  /** Moves the stepper: a hop number, 'next' or 'prev'. */
  step(to: number | 'next' | 'prev') {
    this.#post({ type: `${PREFIX}step`, to });
  }

  /** Loads a built-in scenario by name, or a scenario file's object. */
  load(scenario: string | object) {
    this.#post({ type: `${PREFIX}load`, scenario });
  }

  #post(message: object) {
    this.#frame?.contentWindow?.postMessage(message, BASE_ORIGIN);
  }

  #render() {
    const options: Record<string, string> = {};
    for (const name of EMBED_OPTIONS) {
      const v = this.getAttribute(name);
      if (v !== null) options[name] = v === '' ? '1' : v;
    }
    const src = embedAddress(BASE, options, window.location.origin, this.hasAttribute('click-to-load'), this.getAttribute('session'));
    if (!this.#frame) {
      this.#frame = document.createElement('iframe');
      this.#frame.style.border = '0';
      this.#frame.setAttribute('allow', 'clipboard-write; fullscreen');
      this.#frame.loading = 'lazy';
      this.append(this.#frame);
    }
    this.#frame.title = this.getAttribute('title') ?? 'Docker Swarm network playground';
    this.#frame.style.width = this.getAttribute('width') ?? '100%';
    this.#frame.style.height = this.getAttribute('height') ?? '480px';
    if (this.#frame.src !== src) this.#frame.src = src;
  }
}

if (!customElements.get('swarm-playground')) customElements.define('swarm-playground', SwarmPlaygroundElement);
