import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SalaryBand } from 'career-widgets/react';

createRoot(document.body.appendChild(document.createElement('div'))).render(
  createElement(SalaryBand, { roleId: 'security-technician' }),
);
