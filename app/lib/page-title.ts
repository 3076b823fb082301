/** The document title of a page: what it shows, then the product; the product alone while there is nothing to name. */
export const pageTitle = (subject: string | null | undefined) => [
  { title: subject ? `${subject} – Brückenbauer` : 'Brückenbauer' },
];
