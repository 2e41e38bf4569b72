import { useOutletContext } from 'react-router';
import type { CaseDetail } from '../../../contract/casussen';

/** The case of the page, read once by the case layout and given to the part shown below it. */
export function useCaseOfPage(): CaseDetail {
  return useOutletContext<CaseDetail>();
}
