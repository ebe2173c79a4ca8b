// Who may change the graph from this page. Reading needs nothing; a change needs a token the
// operator set (API_TOKEN, API_TOKENS). The token is asked for once, checked with the server,
// and kept in sessionStorage: it lasts as long as the browser session, and never reaches disk
// the way localStorage would. A token the server refuses later is forgotten and asked again.
import { ApiError, onTokenRefused, useToken } from './api.ts';
import { editingStatus } from './editing-queries.ts';

const STORAGE_KEY = 'initiative-graph.token';

export type EditingState =
  /** Not known yet, or the server could not be asked. */
  | { kind: 'unknown' }
  /** The server has no tokens: no one can change the graph. */
  | { kind: 'off' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; label: string };

/** Shows the sign-in form; resolves with whether the reader signed in. */
export type AskForToken = (reason?: string) => Promise<boolean>;

export class EditingSession {
  private current: EditingState = { kind: 'unknown' };
  private readonly listeners: Array<(state: EditingState) => void> = [];
  private asking: Promise<boolean> | null = null;
  private ask: AskForToken = () => Promise.resolve(false);

  constructor() {
    onTokenRefused((error) => {
      if (this.current.kind !== 'signed-in') return;
      this.forget();
      void this.signInFirst(`The server refused your token: ${error.message} Sign in again.`);
    });
  }

  get state(): EditingState {
    return this.current;
  }

  get signedIn(): boolean {
    return this.current.kind === 'signed-in';
  }

  /** Called with every change of state, and once now. */
  onChange(listener: (state: EditingState) => void): void {
    this.listeners.push(listener);
    listener(this.current);
  }

  /** The form that asks for a token (sign-in.ts). */
  askWith(ask: AskForToken): void {
    this.ask = ask;
  }

  /** Asks the server whether it takes changes, and whether the token this session holds is still good. */
  async start(): Promise<void> {
    const kept = sessionStorage.getItem(STORAGE_KEY);
    const status = await editingStatus(kept);
    if (!status.enabled) {
      this.forget();
      this.set({ kind: 'off' });
    } else if (kept && status.signedInAs) {
      useToken(kept);
      this.set({ kind: 'signed-in', label: status.signedInAs });
    } else {
      this.forget();
      this.set({ kind: 'signed-out' });
    }
  }

  /** Checks a token with the server and keeps it when the server knows it; returns why not otherwise. */
  async signIn(token: string): Promise<string | null> {
    const status = await editingStatus(token);
    if (!status.enabled) {
      this.set({ kind: 'off' });
      return 'This server takes no changes: it was started without API_TOKEN or API_TOKENS.';
    }
    if (!status.signedInAs) return 'The server does not know this token. Check it with whoever runs the server.';
    sessionStorage.setItem(STORAGE_KEY, token);
    useToken(token);
    this.set({ kind: 'signed-in', label: status.signedInAs });
    return null;
  }

  signOut(): void {
    this.forget();
    this.set({ kind: 'signed-out' });
  }

  /** Resolves true once signed in, asking for a token if there is none (one form at a time). */
  signInFirst(reason?: string): Promise<boolean> {
    if (this.current.kind === 'signed-in') return Promise.resolve(true);
    if (this.current.kind === 'off') return Promise.resolve(false);
    this.asking ??= this.ask(reason).finally(() => (this.asking = null));
    return this.asking;
  }

  private forget(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    useToken(null);
    if (this.current.kind === 'signed-in') this.set({ kind: 'signed-out' });
  }

  private set(state: EditingState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}

/** Runs a change, asking for a token first when there is none; refusals come back as errors. */
export async function asAnalyst<T>(session: EditingSession, change: () => Promise<T>): Promise<T> {
  if (!(await session.signInFirst())) throw new ApiError('Sign in to make changes.', false, 'UNAUTHENTICATED');
  return change();
}
