/** The app's addresses in one place (Vietnamese words: people read and type them). */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  account: '/tai-khoan',
  course: (courseId: string) => `/khoa-hoc/${courseId}`,
  lesson: (courseId: string, lessonId: string) => `/khoa-hoc/${courseId}/bai/${lessonId}`,
  finalTest: (courseId: string) => `/khoa-hoc/${courseId}/kiem-tra`,
  attempt: (attemptId: string) => `/bai-kiem-tra/${attemptId}`,
  attemptReview: (attemptId: string) => `/bai-kiem-tra/${attemptId}/xem-lai`,
  practice: (courseId: string, moduleId: string) => `/khoa-hoc/${courseId}/on-tap/${moduleId}`,
  myCertificates: '/chung-nhan-cua-toi',
  myCertificate: (code: string) => `/chung-nhan-cua-toi/${encodeURIComponent(code)}`,
  verify: '/chung-nhan',
  verifyCode: (code: string) => `/chung-nhan/${encodeURIComponent(code)}`,
};
