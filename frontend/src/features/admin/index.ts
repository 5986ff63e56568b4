export { useAdminCourse, useAdminLesson } from './api/admin';
export { CourseList, CourseOutline } from './components/Courses';
export { AgencyDenominators, UnitDenominators } from './components/DenominatorsManager';
export { LessonEditor } from './components/LessonEditor';
export { MarkdownEditor } from './components/MarkdownEditor';
export { QuestionsManager } from './components/QuestionsManager';
export { RevokeCertificate } from './components/RevokeCertificate';
export { RolesManager, type ScopeSlots } from './components/RolesManager';
export { TargetsManager } from './components/TargetsManager';
