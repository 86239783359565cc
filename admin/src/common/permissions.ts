import { usePermissions } from 'react-admin';
import { canWrite } from '../authProvider';

/** Whether the logged-in role may change records (analysts and employees read only). */
export function useCanWrite(): boolean {
  const { permissions } = usePermissions<string>();
  return canWrite(permissions);
}
