import type { components } from '@/lib/api/schema';

/** A notice asked for by the province's administrator, waiting for its turn: the report tests' starting point. */
export const queuedReport = {
  id: '0196fb20-2222-7333-8444-555566667777',
  kind: 'NOTICE',
  format: 'DOCX',
  asOf: '2025-11-10',
  compareTo: '2025-11-03',
  province: 'quang-ngai',
  unitCode: null,
  unitName: null,
  status: 'QUEUED',
  progress: 0,
  step: 'Đang chờ đến lượt',
  requestedBy: 'Phạm Quốc Bảo',
  createdAt: '2025-11-11T02:00:00Z',
  finishedAt: null,
  fileName: null,
  sizeBytes: null,
  error: null,
} satisfies components['schemas']['Report'];
