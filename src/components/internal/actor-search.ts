/**
 * The actor search: a combobox (ARIA 1.2, list autocomplete) whose options are the actors the
 * typed text finds by displayed name or id (state/actor-match.ts). Arrow keys move the active
 * option (aria-activedescendant: keyboard focus stays in the box), Enter focuses the actor,
 * Escape closes the list and then clears the text. The count of matches is said politely.
 */
import { matchActors, type ActorMatch } from '../../state/actor-match.ts';
import type { TiesHost } from '../host.ts';
import { setFocus } from './selection.ts';

export class ActorSearch {
  query = '';
  open = false;
  /** The active option's index, or -1 when none is active. */
  active = -1;
  /** The matches of the current query (against the names of the last update). */
  matches: ActorMatch[] = [];

  constructor(private readonly host: TiesHost) {}

  /** The names the search reads: the ones the map shows (derive's actorNames), so a reader finds what they see. */
  private names(): ReadonlyMap<string, string> {
    return this.host.derived?.actorNames ?? new Map();
  }

  readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.matches = matchActors(this.names(), this.query);
    this.open = this.matches.length > 0;
    this.active = -1;
    this.host.requestUpdate();
    const count = this.matches.length;
    if (this.query.trim() !== '') this.host.announce(() => this.host.strings.actorMatches(count));
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const count = this.matches.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = !this.open
          ? step > 0
            ? 0
            : count - 1
          : (this.active + step + count) % count;
        this.open = true;
        break;
      }
      case 'Enter': {
        const chosen = this.matches[this.active] ?? (count === 1 ? this.matches[0] : undefined);
        if (!chosen) return;
        event.preventDefault();
        this.choose(chosen);
        return;
      }
      case 'Escape':
        if (!this.open && this.query === '') return;
        // The element's Escape (close the card, clear the focus) waits for the next press.
        event.stopPropagation();
        if (this.open) this.open = false;
        else this.clear();
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /** Focuses the chosen actor; the box then shows its name. */
  choose(match: ActorMatch): void {
    this.query = match.name;
    this.open = false;
    this.active = -1;
    this.matches = [];
    this.host.requestUpdate();
    setFocus(this.host, match.id);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  }

  private clear(): void {
    this.query = '';
    this.matches = [];
    this.active = -1;
  }
}
