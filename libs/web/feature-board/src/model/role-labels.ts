import type { Role } from '@brisk/shared-contracts';

export const roleLabels: Record<Role, string> = { owner: 'Owner', member: 'Member', viewer: 'Viewer' };
