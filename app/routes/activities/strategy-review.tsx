import type { ActivityDoubt } from '../../../core/activities/activity-doubts.ts';
import type { SuggestionReason } from '../../../core/strategy/suggest-links.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { label } from '../../../text/labels.ts';
import { suggestionText } from '../../../text/suggestions.messages.ts';
import type { StrategyReview, SuggestionView } from './strategy-review.server.ts';

function reasonText(lang: Language, r: SuggestionReason): string {
  const x = suggestionText[lang];
  switch (r.type) {
    case 'word':
      return x.word(r.word);
    case 'kind':
      return x.kind(label(lang, 'activityKind', r.kind));
    case 'partnership':
      return x.partnership(label(lang, 'kind', r.kind));
    case 'place':
      return x.place(r.place);
    case 'sector':
      return x.sector(r.sector);
    case 'focus':
      return x.focus(r.field, r.place);
    case 'measure':
      return x.measureOf(r.key);
  }
}

/** "weil der Text „Wasserstoff“ nennt, die Art „Delegationsreise“ dazu gehört" (the first reasons). */
const because = (lang: Language, s: SuggestionView) =>
  `${suggestionText[lang].because} ${s.reasons
    .slice(0, 3)
    .map((r) => reasonText(lang, r))
    .join(', ')}`;

/**
 * The suggestions panel of the activity form: what the activity seems to serve, each with why,
 * and one button that ticks them all (a form post; nothing is saved by it).
 */
export function StrategySuggestions({ lang, review }: { lang: Language; review: StrategyReview | undefined }) {
  const x = suggestionText[lang];
  const suggestions = review?.suggestions;
  return (
    <section className="strategy-suggestions" aria-labelledby="strategy-suggestions-heading">
      <h2 className="kern-heading-small" id="strategy-suggestions-heading">
        {x.heading}
      </h2>
      {review?.applied && suggestions?.length ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{x.applied}</p>
          </div>
        </div>
      ) : null}
      <p className="kern-body">{x.intro}</p>
      {suggestions && suggestions.length === 0 ? <p className="kern-body">{x.none}</p> : null}
      {suggestions?.length ? (
        <ul className="kern-list" id="strategy-suggestion-list">
          {suggestions.map((s) => (
            <li key={`${s.target}-${s.key}`} className="kern-body">
              <strong>
                {x[s.target]} {s.label}
              </strong>{' '}
              – {because(lang, s)}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="submit" name="intent" value="suggest" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{x.apply}</span>
      </button>
    </section>
  );
}

function doubtText(lang: Language, d: ActivityDoubt): string {
  const x = suggestionText[lang];
  if (d.type === 'servesNothing') return x.servesNothing;
  return (d.type === 'dateEarly' ? x.dateEarly : x.dateFar)(t(lang, d.field), d.value);
}

/** Asked once before saving: what looks doubtful, and a button that saves all the same. */
export function SaveConfirmation({ lang, review }: { lang: Language; review: StrategyReview | undefined }) {
  if (!review?.doubts.length) return null;
  const x = suggestionText[lang];
  return (
    <div className="kern-alert kern-alert--warning" role="alert" id="activity-confirmation">
      <div className="kern-alert__header">
        <h2 className="kern-title">{x.confirmHeading}</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {review.doubts.map((d) => (
            <li key={`${d.type}-${'field' in d ? d.field : ''}`} className="kern-body">
              {doubtText(lang, d)}
            </li>
          ))}
        </ul>
        <button type="submit" name="intent" value="confirm" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{x.confirm}</span>
        </button>
      </div>
    </div>
  );
}

/** The review an action returned with the form, if any. */
export const reviewOf = (actionData: unknown): StrategyReview | undefined =>
  actionData && typeof actionData === 'object' && 'review' in actionData
    ? (actionData.review as StrategyReview)
    : undefined;
