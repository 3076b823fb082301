import type { CitationField, SourceChoice } from '../../core/sources/cite.ts';
import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { t, type Language } from '../../text/i18n.ts';
import { InputField, SelectField } from './form-fields.tsx';

export type CitationValues = Partial<Record<CitationField | 'sourceSearch', string>>;
export type CitationErrors = Partial<Record<CitationField, string>>;

/** The labels of the citation's fields, for a form's error summary. */
export const CITATION_LABELS = {
  source: 'citeSourceLabel',
  locator: 'citeLocatorLabel',
  quote: 'citeQuoteLabel',
} as const satisfies Record<CitationField, Parameters<typeof t>[1]>;

/**
 * The one source field of every form that records a fact: a search over the library (a submit
 * of the form that only narrows the list, so it works without JavaScript), the documents the
 * user may see (the most recent, or those the search found), where in it, and the passage.
 */
export function SourceCitationField(props: {
  lang: Language;
  idPrefix: string;
  choices: readonly SourceChoice[];
  values: CitationValues;
  errors: CitationErrors;
  required: boolean;
}) {
  const { lang, idPrefix, choices, values, errors, required } = props;
  const searched = Boolean(values.sourceSearch?.trim());
  return (
    <fieldset className="kern-fieldset source-citation" id={`${idPrefix}-citation`}>
      <legend className="kern-label">{t(lang, required ? 'citeLegend' : 'citeLegendOptional')}</legend>
      <div className="kern-fieldset__body form-stack">
        <p className="kern-body">{t(lang, required ? 'citeIntro' : 'citeIntroOptional')}</p>
        <InputField
          name="sourceSearch"
          idPrefix={idPrefix}
          label={t(lang, 'citeSearchLabel')}
          hint={t(lang, 'citeSearchHint')}
          defaultValue={values.sourceSearch ?? ''}
        />
        <div>
          <button
            type="submit"
            name="sourceStep"
            value="search"
            formNoValidate
            className="kern-btn kern-btn--secondary"
          >
            <span className="kern-label">{t(lang, 'citeSearchButton')}</span>
          </button>
        </div>
        {searched && choices.length === 0 ? (
          <p className="kern-body" role="status">
            {t(lang, 'citeNoMatch')}
          </p>
        ) : null}
        <SelectField
          name="source"
          idPrefix={idPrefix}
          label={t(lang, 'citeSourceLabel')}
          error={errors.source}
          defaultValue={values.source ?? ''}
          required={required}
          options={[
            { value: '', label: t(lang, 'citeChoose') },
            ...choices.map((c) => ({
              value: c.key,
              label: c.publishedOn ? `${c.title} (${formatPartialDate(c.publishedOn, lang)})` : c.title,
            })),
          ]}
        />
        <InputField
          name="locator"
          idPrefix={idPrefix}
          label={t(lang, 'citeLocatorLabel')}
          hint={t(lang, 'citeLocatorHint')}
          error={errors.locator}
          defaultValue={values.locator ?? ''}
        />
        <InputField
          name="quote"
          idPrefix={idPrefix}
          label={t(lang, 'citeQuoteLabel')}
          hint={t(lang, 'citeQuoteHint')}
          error={errors.quote}
          defaultValue={values.quote ?? ''}
          required={required}
          multiline
        />
      </div>
    </fieldset>
  );
}
