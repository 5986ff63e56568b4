export { useAdminCourse, useAdminLesson } from './api/course-admin';
export { CourseList, CourseOutline } from './components/Courses';
export { LessonEditor } from './components/LessonEditor';
export { QuestionsManager } from './components/QuestionsManager';
export { LearningPaths } from './components/LearningPaths';
