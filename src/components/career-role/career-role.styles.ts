import { css } from 'lit';

export const careerRoleStyles = css`
  :host {
    display: contents;
  }
`;
