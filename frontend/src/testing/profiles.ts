import type { Profile } from '@/lib/api/types';

/** A learner of Xã Tịnh Khê as `GET /api/v1/me` answers; a test overrides what it is about. */
export function learnerProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: '7d9b1c9e-3c1a-4a43-9a55-0c6f4f3b2a10',
    fullName: 'Nguyễn Thị Hoa',
    phone: '+84912345678',
    email: null,
    learnerGroup: 'CITIZEN',
    unit: { code: '21211', name: 'Xã Tịnh Khê', type: 'xã' },
    agency: null,
    organisation: null,
    village: null,
    className: null,
    roles: [{ role: 'LEARNER' }],
    createdAt: '2026-11-23T08:00:00Z',
    largeText: false,
    ...overrides,
  };
}
