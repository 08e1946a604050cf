// #region readme
import { SalaryBand } from 'career-widgets/react/salary-band.js'; // one wrapper…
import { CareerLadder } from 'career-widgets/react'; // …or any of them
import role from './role.json'; // your own role data, validated when it arrives
import { track } from './analytics';

export function App() {
  return (
    <>
      <SalaryBand roleData={role} offerMin={100000} onCwLoad={(event) => track(event.detail)} />
      <CareerLadder roleId="security-technician" current="2" onCwLoad={(event) => track(event.detail)} />
    </>
  );
}
// #endregion
