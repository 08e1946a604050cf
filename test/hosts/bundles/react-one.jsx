import { createRoot } from 'react-dom/client';
import { SalaryBand } from 'career-widgets/react';

createRoot(document.body.appendChild(document.createElement('div'))).render(
  <SalaryBand roleId="security-technician" />,
);
