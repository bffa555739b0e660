// The card's own styles (after styles.ts's fieldStyles): the questions as a list, two columns in a wide box.
import { css } from 'lit';

export const cardStyles = css`
  article {
    display: block;
  }

  dl.fields {
    margin: 0.75em 0 0;
    display: grid;
    gap: 0.6em;
  }

  .field {
    display: grid;
    gap: 0.1em;
    break-inside: avoid;
  }

  .field dt {
    font-weight: 700;
  }

  .field dd {
    margin: 0;
  }

  @container pt-root (min-width: 36rem) {
    .field {
      grid-template-columns: minmax(10rem, 1fr) 2fr;
      gap: 1em;
    }
  }
`;
