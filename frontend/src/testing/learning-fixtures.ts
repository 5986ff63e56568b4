import type { components } from '../lib/api/schema';

/**
 * Answers of openapi.yaml's schemas, for the component tests of the learning pages: each checked against
 * the generated types (`satisfies`), so a fixture cannot drift from the contract.
 */
type Schemas = components['schemas'];

export const COURSE_ID = '0195a6b0-0000-7000-8000-000000000001';
export const ENROLLMENT_ID = '0196f1a2-7b3c-7d4e-8f50-6a7b8c9d0e1f';
export const L1 = '0195a6b0-0000-7000-8002-000000000011';
export const L2 = '0195a6b0-0000-7000-8002-000000000012';
export const L3 = '0195a6b0-0000-7000-8002-000000000021';
export const ATTEMPT_ID = '0196f3b4-1c2d-7e3f-9a4b-5c6d7e8f9a0b';

export const course = {
  id: COURSE_ID,
  slug: 'ky-nang-so-co-ban',
  title: 'Kỹ năng số cơ bản',
  description: 'Khóa bồi dưỡng kỹ năng số dành cho mọi người dân.',
  provinceCode: null,
  moduleCount: 2,
  lessonCount: 3,
  estimatedMinutes: 126,
  passMarkPercent: 80,
  questionCount: 2,
  timeLimitMinutes: 30,
  maxAttempts: 3,
} satisfies Schemas['PublishedCourse'];

type State = Schemas['OutlineLesson']['state'];

export function outline(
  states: [State, State, State] = ['COMPLETED', 'IN_PROGRESS', 'LOCKED'],
  enrollmentId: string | null = ENROLLMENT_ID,
) {
  const percent = (s: State) => (s == null ? null : s === 'COMPLETED' ? 100 : s === 'IN_PROGRESS' ? 40 : 0);
  return {
    course,
    enrollmentId,
    modules: [
      {
        id: '0195a6b0-0000-7000-8001-000000000001',
        position: 1,
        title: 'Khai thác dữ liệu và thông tin',
        description: 'Tìm kiếm thông tin trên mạng.',
        lessons: [
          {
            id: L1,
            ordinal: 1,
            title: 'Tìm kiếm thông tin trên mạng',
            kind: 'TEXT',
            estimatedMinutes: 6,
            videoDurationSeconds: null,
            state: states[0],
            percent: percent(states[0]),
          },
          {
            id: L2,
            ordinal: 2,
            title: 'Thông tin trên mạng có đáng tin không?',
            kind: 'TEXT',
            estimatedMinutes: 7,
            videoDurationSeconds: null,
            state: states[1],
            percent: percent(states[1]),
          },
        ],
      },
      {
        id: '0195a6b0-0000-7000-8001-000000000002',
        position: 2,
        title: 'Giao tiếp và hợp tác',
        description: 'Gọi video cho người thân.',
        lessons: [
          {
            id: L3,
            ordinal: 3,
            title: 'Gọi video cho người thân',
            kind: 'VIDEO',
            estimatedMinutes: 6,
            videoDurationSeconds: 240,
            state: states[2],
            percent: percent(states[2]),
          },
        ],
      },
    ],
  } satisfies Schemas['CourseOutline'];
}

export function lesson(id = L1, extra: Partial<Schemas['LessonContent']> = {}) {
  return {
    id,
    courseId: COURSE_ID,
    moduleId: '0195a6b0-0000-7000-8001-000000000001',
    moduleTitle: 'Khai thác dữ liệu và thông tin',
    ordinal: id === L1 ? 1 : id === L2 ? 2 : 3,
    title:
      id === L1
        ? 'Tìm kiếm thông tin trên mạng'
        : id === L2
          ? 'Thông tin trên mạng có đáng tin không?'
          : 'Gọi video cho người thân',
    kind: 'TEXT',
    bodyMarkdown:
      'Mạng Internet giống như một **thư viện** rất lớn.\n\n### Cách tìm kiếm\n\n1. Mở trình duyệt.\n2. Gõ từ khóa.\n\n<script>alert(1)</script>',
    videoUrl: null,
    videoDurationSeconds: null,
    captionsUrl: null,
    estimatedMinutes: 6,
    completionPercent: 100,
    minReadingSeconds: null,
    previousLessonId: id === L1 ? null : L1,
    nextLessonId: id === L1 ? L2 : id === L2 ? L3 : null,
    progress: { percent: 0, positionSeconds: 0, completed: false, readingSecondsLeft: null, watchedPercent: null },
    ...extra,
  } satisfies Schemas['LessonContent'];
}

export function enrollment(extra: Partial<Schemas['Enrollment']> = {}) {
  return {
    id: ENROLLMENT_ID,
    courseId: COURSE_ID,
    courseTitle: 'Kỹ năng số cơ bản',
    status: 'IN_PROGRESS',
    lessonsCompleted: 1,
    lessonsTotal: 3,
    percent: 33,
    enrolledAt: '2026-11-23T08:00:00Z',
    startedAt: '2026-11-23T08:05:00Z',
    lessonsCompletedAt: null,
    passedAt: null,
    bestScorePercent: null,
    attemptsUsed: 0,
    attemptsAllowed: 3,
    certificateCode: null,
    ...extra,
  } satisfies Schemas['Enrollment'];
}

export function progressReply(lessonId: string, percent: number) {
  return {
    lessonId,
    percent,
    positionSeconds: 0,
    completed: percent >= 100,
    completedAt: percent >= 100 ? '2026-11-23T09:00:00Z' : null,
    applied: true,
    readingSecondsLeft: null,
    watchedPercent: null,
  } satisfies Schemas['LessonProgress'];
}

export const Q1 = '0195a6b0-0000-7000-8003-000000000101';
export const Q2 = '0195a6b0-0000-7000-8003-000000000401';

/** A question of an attempt, not answered yet; `options` as [id, text], in the order shown. */
function question(
  questionId: string,
  position: number,
  moduleTitle: string,
  prompt: string,
  options: [string, string][],
) {
  return {
    questionId,
    position,
    moduleTitle,
    prompt,
    options: options.map(([id, text]) => ({ id, text })),
    chosenOptionId: null,
  } satisfies Schemas['AttemptQuestion'];
}

export function attempt(extra: Partial<Schemas['QuizAttempt']> = {}) {
  return {
    id: ATTEMPT_ID,
    enrollmentId: ENROLLMENT_ID,
    attemptNo: 1,
    status: 'IN_PROGRESS',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    deadlineAt: new Date(Date.now() + 29 * 60_000).toISOString(),
    submittedAt: null,
    passMarkPercent: 80,
    questions: [
      question(Q1, 1, 'Khai thác dữ liệu và thông tin', 'Muốn tìm lịch tiêm chủng, nên gõ gì?', [
        ['b', 'Một câu thật dài'],
        ['a', 'Vài từ khóa ngắn, chính xác'],
      ]),
      question(Q2, 2, 'An toàn trong môi trường số', 'Mật khẩu nào sau đây mạnh nhất?', [
        ['c', '15031960 (ngày sinh)'],
        ['a', 'Mua2Lua#SonTinh'],
      ]),
    ],
    result: null,
    ...extra,
  } satisfies Schemas['QuizAttempt'];
}

export function result(passed: boolean) {
  return {
    attemptId: ATTEMPT_ID,
    attemptNo: 1,
    scorePercent: passed ? 100 : 50,
    correctCount: passed ? 2 : 1,
    questionCount: 2,
    passMarkPercent: 80,
    passed,
    submittedAt: '2026-11-23T10:00:00Z',
    modules: [
      {
        moduleId: '0195a6b0-0000-7000-8001-000000000001',
        moduleTitle: 'Khai thác dữ liệu và thông tin',
        correct: 1,
        total: 1,
      },
      {
        moduleId: '0195a6b0-0000-7000-8001-000000000004',
        moduleTitle: 'An toàn trong môi trường số',
        correct: passed ? 1 : 0,
        total: 1,
      },
    ],
    attemptsLeft: passed ? 2 : 2,
    certificateCode: passed ? 'HVS-7K3M-9QXD-4TPR' : null,
  } satisfies Schemas['AttemptResult'];
}

export function myCertificate(extra: Partial<Schemas['MyCertificate']> = {}) {
  return {
    code: 'HVS-7K3M-9QXD-4TPR',
    status: 'VALID',
    courseId: COURSE_ID,
    courseTitle: 'Kỹ năng số cơ bản',
    holderName: 'Nguyễn Thị Hoa',
    unitName: 'Xã Tịnh Khê',
    scorePercent: 90,
    issuedAt: '2026-11-30T20:41:00Z',
    revokedAt: null,
    verifyUrl: 'https://hocvuso.quangngai.gov.vn/chung-nhan/HVS-7K3M-9QXD-4TPR',
    pdfUrl: '/api/v1/certificates/HVS-7K3M-9QXD-4TPR/pdf',
    source: 'PORTAL',
    externalId: null,
    credentialUrl: '/api/v1/me/certificates/HVS-7K3M-9QXD-4TPR/credential',
    ...extra,
  } satisfies Schemas['MyCertificate'];
}

export function page<T>(items: T[]) {
  return { items, page: 1, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}
