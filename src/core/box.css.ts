// The boxed look the technique widgets and the visit guide share: padding and a border round the widget,
// and headings without their browser margins (each widget sets its own heading sizes).
import { css } from 'lit';

export const boxStyles = css`
  .pt-root {
    padding: var(--_space);
    border: 1px solid var(--_border);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
`;
